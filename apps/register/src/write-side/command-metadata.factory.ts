import { Inject, Injectable } from '@nestjs/common';
import { IdempotencyContext } from '../idempotency/idempotency.context';
import type { CommandMetadata } from './command-metadata';
import { ID_GENERATOR } from './id-generator';
import type { IdGenerator } from './id-generator';

/**
 * Builds a command's metadata in the controller: the subject from the bearer
 * token, the request's correlation id, and the request's identity, which the
 * idempotency interceptor put in place for the duration of the request.
 */
@Injectable()
export class CommandMetadataFactory {
  constructor(
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly idempotency: IdempotencyContext,
  ) {}

  create(recordedBy: string, correlationId: string): CommandMetadata {
    return { commandId: this.ids.newId(), recordedBy, correlationId, identity: this.idempotency.current() };
  }
}
