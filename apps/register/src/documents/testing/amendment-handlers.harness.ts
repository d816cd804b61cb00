import type { RegisterEvent } from '@register/domain';
import { concernedMunicipalities, documentStreamId } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import { AGREEMENT, CHARTER, DECISION_OF_MEERSSEN } from '../../../../../libs/domain/src/testing/szmh-agreements.fixture';
import { appendSeedEvent, seedDocument } from '../../write-side/testing/szmh-store.fixture';
import { writeSideHarness } from '../../write-side/testing/write-side.harness';
import { AdoptAmendmentHandler } from '../adopt-amendment/adopt-amendment.handler';
import { ApproveAmendmentHandler } from '../approve-amendment/approve-amendment.handler';
import { ProposeAmendmentHandler } from '../propose-amendment/propose-amendment.handler';

export { AGREEMENT, CHARTER, DECISION_OF_MEERSSEN };

type DocumentFact = RegisterEvent & { readonly data: { readonly documentId: string } };

/**
 * The write side's harness (the SZMH reference facts, the clock at
 * 2026-11-23) with the agreement Maastricht-Meerssen 2026-2027, the charter
 * 2026-2030 and Meerssen's approval decision of 2026-03-10 registered, and
 * the three amendment handlers over it.
 */
export async function amendmentHarness() {
  const h = await writeSideHarness();
  let seeded = 0;
  /** Records document events as the seed does, bypassing the handlers under test; `appended` starts after them. */
  const given = async (...events: DocumentFact[]): Promise<void> => {
    for (const event of events) await appendSeedEvent(h.store, documentStreamId(event.data.documentId), event, concernedMunicipalities(event));
    seeded = await h.store.headPosition();
  };
  await seedDocument(h.store, DECISION_OF_MEERSSEN);
  await given(AGREEMENT, CHARTER);
  return {
    ...h,
    given,
    propose: new ProposeAmendmentHandler(h.runner),
    approve: new ApproveAmendmentHandler(h.runner, h.lookup, h.clock),
    adopt: new AdoptAmendmentHandler(h.runner, h.lookup, h.clock),
    /** What the handlers under test appended after the last `given`. */
    appended: (): Promise<StoredEvent[]> => h.store.readAll({ fromPosition: seeded }),
  };
}
