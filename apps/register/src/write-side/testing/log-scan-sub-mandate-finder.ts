import type { MandateGranted, MandateRecord } from '@register/domain';
import { mandateDecider, mandateStreamId } from '@register/domain';
import type { EventStore, StoredEvent } from '@register/event-store';
import { foldStored } from '../stored-events';
import type { SubMandateFinder } from '../sub-mandate-finder';

const PAGE_SIZE = 1000;

/**
 * The unit harness's stand-in for ReadModelSubMandateFinder, for an in-memory
 * store without read models: scans the global log for MandateGranted with
 * the given parent, then folds each child's own stream so that its
 * revocation and corrections count. Linear in the log, so never wired into
 * the service.
 */
export class LogScanSubMandateFinder implements SubMandateFinder {
  constructor(private readonly store: EventStore) {}

  async subMandatesOf(mandateId: string): Promise<readonly MandateRecord[]> {
    const childIds = await this.childIds(mandateId);
    const children = await Promise.all(
      childIds.map(async (id) => foldStored(mandateDecider, await this.store.readStream(mandateStreamId(id)))),
    );
    return children.filter((child): child is MandateRecord => child !== null);
  }

  private async childIds(parentMandateId: string): Promise<string[]> {
    const ids: string[] = [];
    let page = await this.store.readAll({ fromPosition: 0, limit: PAGE_SIZE });
    while (page.length > 0) {
      ids.push(...page.flatMap((event) => childOf(event, parentMandateId)));
      if (page.length < PAGE_SIZE) break;
      page = await this.store.readAll({ fromPosition: page[page.length - 1].position, limit: PAGE_SIZE });
    }
    return ids;
  }
}

/** The id of the mandate `event` grants under `parentMandateId`, if it is such a grant. */
function childOf(event: StoredEvent, parentMandateId: string): string[] {
  if (event.type !== 'MandateGranted') return [];
  const granted = event.data as MandateGranted['data'];
  return granted.parentMandateId === parentMandateId ? [granted.mandateId] : [];
}
