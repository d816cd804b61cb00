import { metadataFor } from '../../write-side/testing/write-side.harness';
import { grantExampleOne, mandateHandlers } from '../testing/mandate-handlers.harness';
import { CorrectMandateCommand } from './correct-mandate.command';

const MEERSSEN = 'mandate-gm0938-2026';
const correction = (field: string, value: unknown) => ({ mandateId: MEERSSEN, field, value, reason: 'Typed wrongly', evidence: 'Mandaatbesluit p. 2' });

async function withExampleOne() {
  const h = await mandateHandlers();
  await grantExampleOne(h);
  return { ...h, granted: await h.store.headPosition() };
}

describe('CorrectMandateHandler', () => {
  it('runs example 4: a validFrom recorded wrongly is corrected, with the previous value, reason and evidence', async () => {
    const h = await withExampleOne();
    // The sub-mandate also starts 2026-01-01; correcting the parent to 2025-12-01 keeps it inside.
    const { result } = await h.correct.execute(new CorrectMandateCommand(correction('validFrom', '2025-12-01'), metadataFor('correct')));
    const [event] = await h.appended(h.granted);
    expect(result).toEqual({ id: MEERSSEN, position: event.position });
    expect(event).toMatchObject({
      type: 'MandateCorrected',
      data: { field: 'validFrom', value: '2025-12-01', previousValue: '2026-01-01', reason: 'Typed wrongly', evidence: 'Mandaatbesluit p. 2' },
      metadata: { causationId: 'correct', municipalities: ['GM0935', 'GM0938'] },
    });
  });

  it('refuses correcting powers as CORRECTION_CHANGES_LEGAL_CONTENT: that needs a new decision', async () => {
    const h = await withExampleOne();
    const command = new CorrectMandateCommand(correction('powers', ['PW-BIJSTAND']), metadataFor('correct'));
    await expect(h.correct.execute(command)).rejects.toMatchObject({ code: 'CORRECTION_CHANGES_LEGAL_CONTENT' });
    await expect(h.appended(h.granted)).resolves.toEqual([]);
  });

  it('refuses a ceiling given as text as VALIDATION_FAILED on the field value', async () => {
    const h = await withExampleOne();
    const command = new CorrectMandateCommand(correction('ceiling', '25000'), metadataFor('correct'));
    await expect(h.correct.execute(command)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', meta: { errors: [{ field: 'value' }] } });
  });

  it('refuses lowering the ceiling to EUR 5000 below its sub-mandate\'s EUR 10000, found by scanning the log', async () => {
    const h = await withExampleOne();
    const command = new CorrectMandateCommand(correction('ceiling', 5000), metadataFor('correct'));
    await expect(h.correct.execute(command)).rejects.toMatchObject({
      code: 'SUBMANDATE_EXCEEDS_PARENT',
      meta: { dimensions: ['ceiling'] },
    });
    await expect(h.appended(h.granted)).resolves.toEqual([]);
  });

  it('accepts a ceiling of EUR 10000, exactly the sub-mandate\'s', async () => {
    const h = await withExampleOne();
    await h.correct.execute(new CorrectMandateCommand(correction('ceiling', 10000), metadataFor('correct')));
    await expect(h.appended(h.granted)).resolves.toMatchObject([{ data: { field: 'ceiling', value: 10000, previousValue: 25000 } }]);
  });

  it('refuses correcting a mandate the register does not know as UNKNOWN_REFERENCE', async () => {
    const h = await mandateHandlers();
    const command = new CorrectMandateCommand(correction('ceiling', 10), metadataFor('correct'));
    await expect(h.correct.execute(command)).rejects.toMatchObject({ code: 'UNKNOWN_REFERENCE' });
  });
});
