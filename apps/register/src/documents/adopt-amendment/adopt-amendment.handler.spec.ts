import { approved, PARTICIPATING_COLLEGES, proposed } from '../../../../../libs/domain/src/testing/szmh-agreements.fixture';
import { metadataFor } from '../../write-side/testing/write-side.harness';
import { AGREEMENT, amendmentHarness, CHARTER } from '../testing/amendment-handlers.harness';
import { AdoptAmendmentCommand, type AdoptAmendmentInput } from './adopt-amendment.command';

const adoption = (overrides: Partial<AdoptAmendmentInput> = {}): AdoptAmendmentInput => ({
  documentId: AGREEMENT.data.documentId,
  amendmentId: 'amendment-1',
  adoptedOn: null,
  ...overrides,
});

/** The harness with amendment-1 of the agreement (valid from 2026-02-01) and of the charter proposed, approved by `agreement` and `charter`. */
async function approvedBy(agreement: readonly string[], charter: readonly string[]) {
  const h = await amendmentHarness();
  await h.given(
    proposed(AGREEMENT, { validFrom: '2026-02-01' }),
    ...agreement.map((organ) => approved(AGREEMENT, organ)),
    proposed(CHARTER),
    ...charter.map((college) => approved(CHARTER, college)),
  );
  return h;
}

describe('AdoptAmendmentHandler', () => {
  it('adopts the agreement\'s amendment approved by both colleges as version 2, valid retroactively from 2026-02-01, in force from its adoption', async () => {
    const h = await approvedBy(['college:GM0935', 'college:GM0938'], []);
    const { result } = await h.adopt.execute(new AdoptAmendmentCommand(adoption({ adoptedOn: '2026-03-15' }), metadataFor('adopt')));
    const [event, ...more] = await h.appended();
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      stream: 'document-dvo-gm0938-2026',
      type: 'AmendmentAdopted',
      data: { amendmentId: 'amendment-1', version: 2, amendsVersion: 1, validFrom: '2026-02-01', validUntil: '2028-01-01', inForceFrom: '2026-03-15' },
      metadata: { causationId: 'adopt', municipalities: ['GM0935', 'GM0938'] },
    });
    expect(result).toEqual({ id: 'amendment-1', position: event.position, version: 2, adoptedOn: '2026-03-15', validFrom: '2026-02-01', inForceFrom: '2026-03-15' });
  });

  it('adopts on the clock\'s today, 2026-11-23, when no date is given', async () => {
    const h = await approvedBy(['college:GM0935', 'college:GM0938'], []);
    await expect(h.adopt.execute(new AdoptAmendmentCommand(adoption(), metadataFor('today')))).resolves.toMatchObject({
      result: { adoptedOn: '2026-11-23', inForceFrom: '2026-11-23' },
    });
  });

  it('answers a retry with the same Idempotency-Key as the first time, version included, and appends nothing new', async () => {
    const h = await approvedBy(['college:GM0935', 'college:GM0938'], []);
    const first = await h.adopt.execute(new AdoptAmendmentCommand(adoption(), metadataFor('adopt')));
    await expect(h.adopt.execute(new AdoptAmendmentCommand(adoption(), metadataFor('adopt')))).resolves.toEqual(first);
    await expect(h.appended()).resolves.toHaveLength(1);
  });

  it('refuses while Meerssen has not approved: AMENDMENT_REQUIRES_ALL_PARTIES naming its college, appending nothing', async () => {
    const h = await approvedBy(['college:GM0935'], []);
    const refusal = h.adopt.execute(new AdoptAmendmentCommand(adoption(), metadataFor('one-party')));
    await expect(refusal).rejects.toMatchObject({ code: 'AMENDMENT_REQUIRES_ALL_PARTIES', meta: { missing: ['college:GM0938'] } });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('asks the register for every participant: the charter without Vaals\'s college is refused as CHARTER_REQUIRES_UNANIMITY', async () => {
    const h = await approvedBy([], PARTICIPATING_COLLEGES.filter((college) => college !== 'college:GM0981'));
    const refusal = h.adopt.execute(new AdoptAmendmentCommand(adoption({ documentId: CHARTER.data.documentId }), metadataFor('no-vaals')));
    await expect(refusal).rejects.toMatchObject({ code: 'CHARTER_REQUIRES_UNANIMITY', meta: { missing: ['college:GM0981'] } });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('adopts the charter with the five participating colleges, without Eijsden-Margraten, which left in 2021', async () => {
    const h = await approvedBy([], PARTICIPATING_COLLEGES);
    const command = new AdoptAmendmentCommand(adoption({ documentId: CHARTER.data.documentId }), metadataFor('charter'));
    await expect(h.adopt.execute(command)).resolves.toMatchObject({ result: { id: 'amendment-1', version: 2 } });
  });
});
