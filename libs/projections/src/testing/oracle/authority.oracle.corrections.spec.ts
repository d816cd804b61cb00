import { MEERSSEN_DECISION } from '../../../../domain/src/testing/szmh-reference.fixture';
import type { RecordedRegister } from '../recorded-register';
import { ask, AT, correct, example1, grantMeerssen, MEERSSEN_MANDATE_ID, registerDocument, szmhReference } from '../szmh-log.fixture';

const CORRECTED_AT = '2026-03-02T11:00:00.000Z';
const BEFORE = '2026-03-02T10:59:59.999Z';
const college = { actor: 'college:GM0935' };

/** Only Meerssen's mandate to the Maastricht college, so a correction need not fit any sub-mandate. */
async function meerssenOnly(): Promise<RecordedRegister> {
  const register = await szmhReference();
  await register.at(AT.grants, grantMeerssen());
  return register;
}

describe('answerAuthority after a correction (MandateCorrected): the old value before its recordedAt, the new one from it', () => {
  it('checks the amount against the ceiling as corrected from 25000 to 30000', async () => {
    const register = await meerssenOnly();
    await register.at(CORRECTED_AT, correct(MEERSSEN_MANDATE_ID, 'ceiling', 30000));
    expect(ask(register, { ...college, amount: 28000, knownAt: BEFORE }).reason).toBe('EXCEEDS_CEILING');
    expect(ask(register, { ...college, amount: 28000, knownAt: CORRECTED_AT }).authorised).toBe(true);
  });

  it('ends the mandate on a validUntil corrected from open to 2026-12-01', async () => {
    const register = await meerssenOnly();
    await register.at(CORRECTED_AT, correct(MEERSSEN_MANDATE_ID, 'validUntil', '2026-12-01'));
    expect(ask(register, { ...college, validOn: '2026-12-05', knownAt: BEFORE }).authorised).toBe(true);
    const answer = ask(register, { ...college, validOn: '2026-12-05', knownAt: CORRECTED_AT });
    expect(answer).toMatchObject({ authorised: false, reason: 'EXPIRED' });
    expect(answer.chain[0].validUntil).toBe('2026-12-01');
  });

  describe('a decision corrected to another, unpublished document decided on 2026-01-20', () => {
    const herstel = { ...MEERSSEN_DECISION, documentId: 'doc-mandate-gm0938-2026-herstel', decidedOn: '2026-01-20', publications: [] };
    async function decisionCorrected(): Promise<RecordedRegister> {
      const register = await example1();
      await register.at(CORRECTED_AT, registerDocument(herstel), correct(MEERSSEN_MANDATE_ID, 'decision', herstel.documentId));
      return register;
    }

    it('takes the publication of the corrected decision: none, so NOT_PUBLISHED on the inForce axis', async () => {
      const register = await decisionCorrected();
      expect(ask(register, { ...college, axis: 'inForce', validOn: '2026-02-15', knownAt: BEFORE }).authorised).toBe(true);
      const answer = ask(register, { ...college, axis: 'inForce', validOn: '2026-02-15', knownAt: CORRECTED_AT });
      expect(answer).toMatchObject({ authorised: false, reason: 'NOT_PUBLISHED' });
      expect(answer.chain[0]).toMatchObject({ decision: herstel.documentId, publication: null });
    });

    it('takes the date of the corrected decision: on 2026-01-22 no longer RETROACTIVE', async () => {
      const register = await decisionCorrected();
      expect(ask(register, { ...college, validOn: '2026-01-22', knownAt: BEFORE }).flags).toEqual(['RETROACTIVE']);
      expect(ask(register, { ...college, validOn: '2026-01-22', knownAt: CORRECTED_AT }).flags).toEqual(['NOT_PUBLISHED']);
    });
  });
});
