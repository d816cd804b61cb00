import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '@register/event-store';
import { SQLITE_FILE_NAME } from '../apps/register/src/config/register-config';
import { openRegisterDataSource } from '../apps/register/src/event-store/register-data-source';
import type { BenchContext } from './bench-context';
import { benchToken, startBuiltService } from './service-process';
import { appendInBatches } from './event-store-workload';
import { withLogTree } from './log-tree-file';
import { compare, expectCount, type Contender } from './measure';
import { planEvents, type PlannedEvent } from './payload';
import type { BenchResult } from './report';

const VAALS = 'GM0981';
/** Exports per side and round, each its own slice. */
const EXPORTS = 4;

/**
 * audit.export: the events per second GET /audit/export puts into a bundle
 * (reading them from the log, an inclusion proof each, the read models, the
 * ZIP) on the built service over HTTP, for a log of which half concerns
 * Vaals, against reading the same log through readAll in the bench process.
 * No target: the figure says what an auditor waits for a year of events.
 */
export async function auditExportBench(ctx: BenchContext): Promise<BenchResult[]> {
  const events = Math.max(1_000, Math.round(ctx.sizes.batchEvents / 5 / 100) * 100);
  const dataDir = join(ctx.workDir, 'audit-export');
  mkdirSync(dataDir, { recursive: true });
  const concerning = await writeLog(join(dataDir, SQLITE_FILE_NAME), events);
  await withLogTree(dataDir);
  ctx.note(`audit.export: a log of ${events} events, ${concerning} of them concerning ${VAALS}, exported over HTTP by the built service`);
  const service = await startBuiltService(dataDir);
  try {
    const token = await benchToken(['registrar']);
    const url = `http://127.0.0.1:${service.port}/api/v1/audit/export?municipality=${VAALS}&from=2000-01-01&until=2100-12-31`;
    const exporting: Contender = async () => ({
      count: EXPORTS * concerning,
      slices: Array.from({ length: EXPORTS }, () => async () => {
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        if (response.status !== 200) throw new Error(`audit.export: GET /audit/export answered ${response.status}`);
        await response.arrayBuffer();
      }),
      verify() {},
      release() {},
    });
    return [await compare({ name: 'audit.export', unit: 'events/s', referenceName: 'the log read through readAll', rounds: 1, subject: exporting, reference: readingTheLog(join(dataDir, SQLITE_FILE_NAME), events) }, ctx)];
  } finally {
    await service.stop();
  }
}

/** Appends `count` events in appends of 100, every other one concerning Vaals; answers how many do. */
async function writeLog(file: string, count: number): Promise<number> {
  const dataSource = await openRegisterDataSource({ kind: 'sqlite', file });
  try {
    const store = await SqliteEventStore.fromDataSource(dataSource);
    const planned = planEvents(count / 100, 100).map((event, i): PlannedEvent => ({ ...event, event: { ...event.event, metadata: { ...event.event.metadata, municipalities: i % 2 === 0 ? [VAALS] : ['GM0938'] } } }));
    await appendInBatches(store, planned, 100);
    return Math.ceil(count / 2);
  } finally {
    await dataSource.destroy();
  }
}

function readingTheLog(file: string, events: number): Contender {
  return async () => {
    const dataSource = await openRegisterDataSource({ kind: 'sqlite', file });
    const store = await SqliteEventStore.fromDataSource(dataSource);
    let read = 0;
    return {
      count: EXPORTS * events,
      slices: Array.from({ length: EXPORTS }, () => async () => {
        for (let after = 0; ; ) {
          const page = await store.readAll({ fromPosition: after, limit: 1_000 });
          if (page.length === 0) break;
          read += page.length;
          after = page[page.length - 1].position;
        }
      }),
      verify: () => expectCount('audit.export: events read', read, EXPORTS * events),
      release: () => dataSource.destroy(),
    };
  };
}
