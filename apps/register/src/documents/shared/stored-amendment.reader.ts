import { Inject, Injectable } from '@nestjs/common';
import type { AmendmentRecord, DocumentVersionRecord } from '@register/domain';
import { documentDecider, documentStreamId } from '@register/domain';
import type { EventStore } from '@register/event-store';
import { EVENT_STORE } from '@register/event-store';
import { foldStored } from '../../write-side/stored-events';

/** An amendment as its document's stream holds it, with the version it became once adopted. */
export interface StoredAmendment {
  readonly amendment: AmendmentRecord;
  readonly version: DocumentVersionRecord | null;
}

/**
 * Reads back what an approval or adoption recorded, for its 201: the domain
 * fills in dates (an approval dated by its decision, an adoption by today)
 * and numbers the version. Folding the stream after the append answers alike
 * for a fresh write and for a retry whose events were already stored, where
 * no events were decided this time.
 */
@Injectable()
export class StoredAmendmentReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async read(documentId: string, amendmentId: string): Promise<StoredAmendment> {
    const document = foldStored(documentDecider, await this.store.readStream(documentStreamId(documentId)));
    const amendment = document?.amendments.find((a) => a.amendmentId === amendmentId);
    if (document === null || amendment === undefined) {
      throw new Error(`${documentStreamId(documentId)} holds no amendment ${amendmentId} right after it was written`);
    }
    return { amendment, version: document.versions.find((v) => v.amendmentId === amendmentId) ?? null };
  }
}
