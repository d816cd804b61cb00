import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { untilTheClockPasses } from '../../../../../libs/projections/src/testing/next-instant';
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
  // The store stamps recordedAt in milliseconds: the correction must come a millisecond later for knownAt to tell them apart.
  await untilTheClockPasses(Date.now());
  const correction = { mandateId: MEERSSEN, field: 'validFrom', value: '2025-12-01', reason: 'Typed wrongly' };
  await h.correct.execute(new CorrectMandateCommand(correction, metadataFor('correct', 'jurist@meerssen.nl')));
  const revocation = { mandateId: MEERSSEN, decision: 'doc-revocation-gm0938-2026', validUntil: '2026-07-01' };
  await h.revoke.execute(new RevokeMandateCommand(revocation, metadataFor('revoke')));
  return { ...h, history: new GetMandateHistoryHandler(h.store, { now: () => new Date() }) };
}

/** 1 ms before the store recorded `event`: the last instant the register did not know it. */
const justBefore = (event: { recordedAt: string }) => new Date(Date.parse(event.recordedAt) - 1).toISOString();

describe('GetMandateHistoryHandler', () => {
  it('lists the mandate\'s own events oldest first, the correction among them, each with who recorded it and when', async () => {
    const h = await withHistory();
    const entries = await h.history.execute(new GetMandateHistoryQuery(MEERSSEN, {}, reader));
    const stored = await h.store.readStream(`mandate-${MEERSSEN}`);
    expect(entries.map((e) => [e.type, e.recordedBy])).toEqual([
      ['MandateGranted', 'registrar@maastricht.nl'],
      ['MandateCorrected', 'jurist@meerssen.nl'],
      ['MandateRevoked', 'registrar@maastricht.nl'],
    ]);
    expect(entries).toEqual(stored.map((e) => ({ position: e.position, type: e.type, recordedAt: e.recordedAt, recordedBy: expect.any(String), data: e.data })));
    expect(entries[1].data).toMatchObject({ field: 'validFrom', value: '2025-12-01', previousValue: '2026-01-01' });
  });

  it('with knownAt lists only what was recorded by then: the grant, as the register held it before the correction', async () => {
    const h = await withHistory();
    const [grant, correction] = await h.store.readStream(`mandate-${MEERSSEN}`);
    const entries = await h.history.execute(new GetMandateHistoryQuery(MEERSSEN, { knownAt: justBefore(correction) }, reader));
    expect(entries.map((entry) => entry.position)).toEqual([grant.position]);
  });

  it('with a knownAt before the grant answers 404, as GET /mandates/{id} does for a mandate not yet recorded', async () => {
    const h = await withHistory();
    const [grant] = await h.store.readStream(`mandate-${MEERSSEN}`);
    const query = new GetMandateHistoryQuery(MEERSSEN, { knownAt: justBefore(grant) }, reader);
    await expect(h.history.execute(query)).rejects.toMatchObject({ name: 'ProblemError', code: 'NOT_FOUND' });
  });

  it('shows the history to an auditor of Meerssen, a municipality the mandate concerns', async () => {
    const h = await withHistory();
    await expect(h.history.execute(new GetMandateHistoryQuery(MEERSSEN, {}, auditorOf('GM0981', 'GM0938')))).resolves.toHaveLength(3);
  });

  it('answers 404 to an auditor of Vaals as if the mandate did not exist', async () => {
    const h = await withHistory();
    await expect(h.history.execute(new GetMandateHistoryQuery(MEERSSEN, {}, auditorOf('GM0981')))).rejects.toMatchObject({ name: 'ProblemError', code: 'NOT_FOUND' });
  });

  it('answers 404 for a mandate the register does not know', async () => {
    const h = await withHistory();
    await expect(h.history.execute(new GetMandateHistoryQuery('mandate-unknown', {}, reader))).rejects.toMatchObject({ name: 'ProblemError', code: 'NOT_FOUND' });
  });
});
