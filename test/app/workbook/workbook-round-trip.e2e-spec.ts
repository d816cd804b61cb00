import { EVENT_STORE, type EventStore } from '@register/event-store';
import { Projector } from '@register/projections';
import { appendRecordedRegister, historyArb, type RecordedRegister, recordRandomHistory } from '@register/projections/testing';
import fc from 'fast-check';
import { DemoLoader } from '../../../apps/register/src/demo/demo-loader';
import { registerAnswers } from './support/register-answers';
import { BACKENDS, exportedWorkbook, FixedClock, importWorkbook, openRegister, type TestRegister } from './support/workbook-registers';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The services' today: a day after the latest date the history holds
 * (recorded or written in an event), and a day after now, for the imported
 * register records its events as the test runs and answers as known at this
 * clock. So every date of both registers lies in their past, whatever the
 * calendar says on the day the test runs.
 */
function afterEverything(recorded: RecordedRegister): Date {
  const dates = recorded.events.flatMap((event) => [event.recordedAt, ...(JSON.stringify(event.data).match(/\d{4}-\d{2}-\d{2}/g) ?? [])]);
  const latest = dates.reduce((later, date) => (date > later ? date : later)).slice(0, 10);
  return new Date(Math.max(Date.parse(`${latest}T12:00:00.000Z`), Date.now()) + DAY_MS);
}

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
        const recorded = await recordRandomHistory(history);
        const clock = new FixedClock(afterEverything(recorded));
        const source = await open(clock);
        await appendRecordedRegister(source.app.get<EventStore>(EVENT_STORE), recorded);
        await source.app.get(Projector).waitUntilProjected(await source.app.get<EventStore>(EVENT_STORE).headPosition(), 30_000);
        await expectRoundTrip(source, await open(clock));
        await Promise.all(opened.splice(0).map((register) => register.close()));
      }),
      { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 4) },
    );
  }, 600_000);
});
