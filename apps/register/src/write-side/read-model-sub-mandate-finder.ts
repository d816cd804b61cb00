import { Inject, Injectable } from '@nestjs/common';
import type { MandateRecord } from '@register/domain';
import { mandateDecider, mandateStreamId } from '@register/domain';
import type { EventStore } from '@register/event-store';
import { EVENT_STORE } from '@register/event-store';
import { childMandateIds } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../event-store/register-data-source';
import { foldStored } from './stored-events';
import type { SubMandateFinder } from './sub-mandate-finder';

/**
 * Asks the mandates read model only which mandates were ever granted under
 * the given one, an indexed lookup instead of a scan of the whole log; each
 * child is then folded from its own stream, so its revocation and
 * corrections count as its own handler sees them and the rule never decides
 * on projected state. A grant answers 201 only once projected (api.md), so
 * every acknowledged sub-mandate is found.
 */
@Injectable()
export class ReadModelSubMandateFinder implements SubMandateFinder {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async subMandatesOf(mandateId: string): Promise<readonly MandateRecord[]> {
    const childIds = await childMandateIds(this.dataSource, mandateId);
    const children = await Promise.all(
      childIds.map(async (id) => foldStored(mandateDecider, await this.store.readStream(mandateStreamId(id)))),
    );
    return children.filter((child): child is MandateRecord => child !== null);
  }
}
