import { EVENT_STORE, type EventStore } from '@register/event-store';
import { Projector } from '@register/projections';
import { appendRecordedRegister, historyArb, recordRandomHistory } from '@register/projections/testing';
import fc from 'fast-check';
import { DemoLoader } from '../../../apps/register/src/demo/demo-loader';
import { registerAnswers } from './support/register-answers';
import { BACKENDS, exportedWorkbook, FixedClock, importWorkbook, openRegister, type TestRegister } from './support/workbook-registers';

/** Random histories record up to 2028; both services live after that, so every recorded date lies in their past. */
const AFTER_EVERY_HISTORY = new Date('2030-01-02T12:00:00.000Z');

/**
 * Export, then import into an empty register: every id, gemeenteblad number
 * and date comes back (the second export reads exactly as the first), and the
 * two registers answer every question alike, knownAt apart (issue 15).
 */
async function expectRoundTrip(source: TestRegister, target: TestRegister): Promise<void> {
  const exported = await exportedWorkbook(source);
  const report = await importWorkbook(target, exported);
  expect(report.problems).toEqual([]);
  expect(report.written).toBe(report.writes);
  expect((await exportedWorkbook(target)).identity).toBe(exported.identity);
  expect(await registerAnswers(target.client, exported)).toEqual(await registerAnswers(source.client, exported));
}

describe.each(BACKENDS)('the register exported to the template and imported into an empty one, on %s', (backend) => {
  const opened: TestRegister[] = [];
  const open = async (clock?: FixedClock): Promise<TestRegister> => {
    const register = await openRegister(backend, clock);
    opened.push(register);
    return register;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((register) => register.close()));
  });

  it('keeps the SZMH demo whole: participants with their exit, documents with publications and amendments, functions, powers, mandates', async () => {
    const source = await open();
    await DemoLoader.from(source.app).load();
    await expectRoundTrip(source, await open());
  }, 180_000);

  it('keeps random histories of grants, sub-mandates, revocations, corrections, publications and exits', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (history) => {
        const clock = new FixedClock(AFTER_EVERY_HISTORY);
        const source = await open(clock);
        const recorded = await recordRandomHistory(history);
        await appendRecordedRegister(source.app.get<EventStore>(EVENT_STORE), recorded);
        await source.app.get(Projector).waitUntilProjected(await source.app.get<EventStore>(EVENT_STORE).headPosition(), 30_000);
        await expectRoundTrip(source, await open(clock));
        await Promise.all(opened.splice(0).map((register) => register.close()));
      }),
      { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 4) },
    );
  }, 600_000);
});
