import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { RegisterLookup, RegisterWorld } from '@register/domain';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { CLOCK, type Clock } from '../../write-side/clock';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import type { WriteOrigin } from '../../write-side/write-origin';
import { WritePipeline } from '../../write-side/write-pipeline';
import type { WorkbookContent } from '../reading/workbook-content';
import { TEMPLATE_SHEETS } from '../template/register-template';
import type { ImportProblem } from './import-problem';
import { type LoopOutcome, type RowWriter, runWrites } from './import-loop';
import { orderedWrites } from './import-plan';
import { copyOfRegister } from './register-copy';
import type { RowWrite } from './row-write';
import { workbookRows } from './workbook-rows';

/** A batch job may wait longer for the read side than a client of the API would (the demo loader's figure). */
const PROJECTION_TIMEOUT_MS = 60_000;
/** The scope of the rows' idempotency keys, as if each were a POST of its own. */
const IMPORT_SCOPE = { method: 'POST', path: '/import' };

/** What a check or an import found; `written` is 0 for a check and for an import refused by its check. */
export interface ImportReport {
  readonly rows: number;
  /** The writes the rows ask for, those the register already held, and those written now. */
  readonly writes: number;
  readonly present: number;
  readonly written: number;
  /** In the order of the sheets and rows. */
  readonly problems: readonly ImportProblem[];
}

export interface ImportProgress {
  (stage: 'check' | 'write', done: number, total: number): void;
}

/**
 * Brings a municipality's existing register in (issue 15). `check` is the dry
 * run: every row decided by the domain's deciders against a copy of the
 * register in memory plus the rows before it, in dependency order, writing
 * nothing. `apply` checks first and writes only when no row has a problem:
 * then every row goes through the same WritePipeline as the API, under an
 * idempotency key made of the workbook's identity and the row, so a run
 * killed at any row completes on the next run (the rows already in the
 * register are recognised and passed by) and writes nothing twice.
 */
@Injectable()
export class WorkbookImport {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly pipeline: WritePipeline,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async check(content: WorkbookContent, progress?: ImportProgress): Promise<ImportReport> {
    const { rows, writes, problems } = await workbookRows(content);
    const outcome = await this.dryRun(writes, progress);
    return report(rows, writes, problems, outcome, 0);
  }

  async apply(content: WorkbookContent, principal: string, progress?: ImportProgress): Promise<ImportReport> {
    const { rows, writes, problems } = await workbookRows(content);
    const checked = await this.dryRun(writes, progress);
    if (problems.length > 0 || checked.problems.length > 0) return report(rows, writes, problems, checked, 0);
    const ordered = orderedWrites(writes);
    const outcome = await runWrites(ordered, this.pipelineWriter(content.identity, principal), (done) => progress?.('write', done, ordered.length));
    return report(rows, writes, [], outcome, outcome.written);
  }

  /** The writes decided in memory, against the register as the log holds it now. */
  private async dryRun(writes: readonly RowWrite[], progress?: ImportProgress): Promise<LoopOutcome> {
    const ordered = orderedWrites(writes);
    const copy = await copyOfRegister(this.store);
    return runWrites(ordered, inMemoryWriter(copy, this.clock.today()), (done) => progress?.('check', done, ordered.length));
  }

  /** Writes through the pipeline, each under the key of its workbook, row and part. */
  pipelineWriter(identity: string, principal: string): RowWriter {
    const correlationId = `import-${randomUUID()}`;
    return {
      lookup: this.lookup,
      write: async (write) => {
        const key = `import:${identity}:${write.at.sheet}!${write.at.row}:${write.part}`;
        const origin: WriteOrigin = { principal, correlationId, idempotency: { key, scope: IMPORT_SCOPE, body: write.data } };
        await write.send(this.pipeline, origin, { readSideTimeoutMs: PROJECTION_TIMEOUT_MS });
      },
    };
  }
}

function inMemoryWriter(world: RegisterWorld, today: string): RowWriter {
  return {
    lookup: world,
    write: async (write) => {
      await world.execute(write.request(today));
    },
  };
}

function report(rows: number, writes: readonly RowWrite[], readProblems: readonly ImportProblem[], outcome: LoopOutcome, written: number): ImportReport {
  const problems = [...readProblems, ...outcome.problems].sort(inWorkbookOrder);
  return { rows, writes: writes.length, present: outcome.present, written, problems };
}

/** Problems in the order of the template's sheets (a sheet it does not know first), then by row. */
function inWorkbookOrder(a: ImportProblem, b: ImportProblem): number {
  const rank = (sheet: string): number => TEMPLATE_SHEETS.findIndex((candidate) => candidate.name === sheet);
  return rank(a.sheet) - rank(b.sheet) || a.row - b.row;
}
