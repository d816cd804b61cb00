import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { metadataFor } from '../../write-side/testing/write-side.harness';
import { CorrectMandateCommand } from '../correct-mandate/correct-mandate.command';
import { RevokeMandateCommand } from '../revoke-mandate/revoke-mandate.command';
import { grantExampleOne, mandateHandlers } from '../testing/mandate-handlers.harness';
import { GetMandateHistoryHandler } from './get-mandate-history.handler';
import { GetMandateHistoryQuery } from './get-mandate-history.query';

const MEERSSEN = 'mandate-gm0938-2026';
const reader: AuthenticatedSubject = { sub: 'reader@szmh.nl', roles: ['reader'], municipalities: [] };
const auditorOf = (...municipalities: string[]): AuthenticatedSubject => ({ sub: 'rekenkamer', roles: ['auditor'], municipalities });

async function withHistory() {
  const h = await mandateHandlers();
  await grantExampleOne(h);
  const correction = { mandateId: MEERSSEN, field: 'validFrom', value: '2025-12-01', reason: 'Typed wrongly' };
  await h.correct.execute(new CorrectMandateCommand(correction, metadataFor('correct', 'jurist@meerssen.nl')));
  const revocation = { mandateId: MEERSSEN, decision: 'doc-revocation-gm0938-2026', validUntil: '2026-07-01' };
  await h.revoke.execute(new RevokeMandateCommand(revocation, metadataFor('revoke')));
  return { ...h, history: new GetMandateHistoryHandler(h.store) };
}

describe('GetMandateHistoryHandler', () => {
  it('lists the mandate\'s own events oldest first, the correction among them, each with who recorded it and when', async () => {
    const h = await withHistory();
    const entries = await h.history.execute(new GetMandateHistoryQuery(MEERSSEN, reader));
    const stored = await h.store.readStream(`mandate-${MEERSSEN}`);
    expect(entries.map((e) => [e.type, e.recordedBy])).toEqual([
      ['MandateGranted', 'registrar@maastricht.nl'],
      ['MandateCorrected', 'jurist@meerssen.nl'],
      ['MandateRevoked', 'registrar@maastricht.nl'],
    ]);
    expect(entries).toEqual(stored.map((e) => ({ position: e.position, type: e.type, recordedAt: e.recordedAt, recordedBy: expect.any(String), data: e.data })));
    expect(entries[1].data).toMatchObject({ field: 'validFrom', value: '2025-12-01', previousValue: '2026-01-01' });
  });

  it('shows the history to an auditor of Meerssen, a municipality the mandate concerns', async () => {
    const h = await withHistory();
    await expect(h.history.execute(new GetMandateHistoryQuery(MEERSSEN, auditorOf('GM0981', 'GM0938')))).resolves.toHaveLength(3);
  });

  it('answers 404 to an auditor of Vaals as if the mandate did not exist', async () => {
    const h = await withHistory();
    await expect(h.history.execute(new GetMandateHistoryQuery(MEERSSEN, auditorOf('GM0981')))).rejects.toMatchObject({ name: 'ProblemError', code: 'NOT_FOUND' });
  });

  it('answers 404 for a mandate the register does not know', async () => {
    const h = await withHistory();
    await expect(h.history.execute(new GetMandateHistoryQuery('mandate-unknown', reader))).rejects.toMatchObject({ name: 'ProblemError', code: 'NOT_FOUND' });
  });
});
