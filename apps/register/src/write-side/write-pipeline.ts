import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Projector } from '@register/projections';
import { REGISTER_CONFIG, type RegisterConfig } from '../config/register-config';
import { IdempotencyLedger } from '../idempotency/idempotency-ledger';
import type { RecordedResponse } from '../idempotency/idempotency-ledger.events';
import { IdempotentRequest } from '../idempotency/idempotent-request';
import { RequestIdentity } from '../idempotency/request-identity';
import type { CommandMetadata } from './command-metadata';
import { ID_GENERATOR, type IdGenerator } from './id-generator';
import { ReadSideLaggingError } from './read-side-lagging.error';
import type { WriteCommandType, Written } from './write-command';
import type { WriteAnswer, WriteOptions, WriteOrigin } from './write-origin';
import type { WriteResult } from './write-result';

/**
 * The ledger keeps the status the API answered; every write answers 201
 * (api.md), and answers recorded by earlier releases say so too.
 */
const CREATED = 201;

/**
 * The one way a write enters the register, for the API, the pages and the
 * demo alike:
 *
 *   1. under an idempotency key, replay the answer recorded for the same key
 *      and body, or refuse another body (422 IDEMPOTENCY_KEY_REUSED);
 *   2. send the command: its handler decides, claims the key right before it
 *      appends (so a refused command leaves no trace), and appends;
 *   3. wait until the read side has passed the last event, so a read issued
 *      after the answer sees the write; past the timeout 503
 *      READ_SIDE_LAGGING, the key staying reserved so a retry waits again;
 *   4. record the answer for the key, durably, in the event store;
 *   5. answer the result with the events decided.
 *
 * A retry after a crash between 2 and 4 derives the same event ids from the
 * key, so its handler finds its own events instead of deciding again.
 */
@Injectable()
export class WritePipeline {
  private readonly logger = new Logger(WritePipeline.name);

  constructor(
    private readonly commandBus: CommandBus,
    private readonly ledger: IdempotencyLedger,
    private readonly projector: Projector,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(REGISTER_CONFIG) private readonly config: RegisterConfig,
  ) {}

  async execute<D, R extends WriteResult>(type: WriteCommandType<D, R>, data: D, origin: WriteOrigin, options: WriteOptions = {}): Promise<WriteAnswer<R>> {
    const request = idempotentRequestOf(origin);
    if (request === undefined) return this.write(type, data, origin, RequestIdentity.random(), options);
    const begin = await this.ledger.begin(request);
    if (begin.kind === 'replay') return replayed(begin.response);
    const claim = () => this.ledger.reserve(request, origin.correlationId);
    const seed = origin.idempotency?.eventIdSeed;
    const identity = seed === undefined ? request.identity(claim) : RequestIdentity.derivedFrom(seed, claim);
    const answer = await this.write(type, data, origin, identity, options);
    const completion = await this.ledger.complete(request, { status: CREATED, body: asJson(answer.result) }, origin.correlationId);
    // A concurrent repeat recorded its answer first: that one stands, for both.
    return completion.kind === 'recorded' ? answer : replayed(completion.response);
  }

  private async write<D, R extends WriteResult>(
    type: WriteCommandType<D, R>,
    data: D,
    origin: WriteOrigin,
    identity: RequestIdentity,
    options: WriteOptions,
  ): Promise<WriteAnswer<R>> {
    const metadata: CommandMetadata = { commandId: this.ids.newId(), recordedBy: origin.principal, correlationId: origin.correlationId, identity };
    const { result, events }: Written<R> = await this.commandBus.execute(new type(data, metadata));
    await this.untilVisible(result.position, options.readSideTimeoutMs ?? this.config.readYourWritesTimeoutMs);
    return { kind: 'written', result, events };
  }

  private async untilVisible(position: number, timeoutMs: number): Promise<void> {
    if (await this.projector.waitUntilProjected(position, timeoutMs)) return;
    this.logger.warn(`The read side did not reach position ${position} within ${timeoutMs} ms`);
    throw new ReadSideLaggingError(position, timeoutMs);
  }
}

function idempotentRequestOf({ idempotency, principal }: WriteOrigin): IdempotentRequest | undefined {
  return idempotency && IdempotentRequest.of({ principal, ...idempotency.scope, key: idempotency.key, body: idempotency.body });
}

function replayed<R>(response: RecordedResponse): WriteAnswer<R> {
  return { kind: 'replayed', result: response.body as R };
}

/** The answer as a client reads it back: plain JSON, so a replay and the first answer are the same value. */
function asJson(result: WriteResult): unknown {
  return JSON.parse(JSON.stringify(result));
}
