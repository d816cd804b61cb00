import type { CalendarDate, RegisterLookup, RegisterRequest } from '@register/domain';
import type { WriteCommandType } from '../../write-side/write-command';
import type { WriteAnswer, WriteOptions, WriteOrigin } from '../../write-side/write-origin';
import type { WritePipeline } from '../../write-side/write-pipeline';
import type { WriteResult } from '../../write-side/write-result';
import type { RowRef } from './import-problem';

/**
 * The order an import writes in, whatever the order of the sheets: parties
 * before the documents they decide, documents and their publications before
 * the mandates that cite them, mandates before their revocations. A final
 * exit comes after the mandates, because a grant recorded before the exit was
 * lawful then; the amendments come after the exits, because who must approve
 * an amendment depends on who takes part on its adoption date.
 */
export const IMPORT_PHASES = [
  'participants',
  'functions',
  'powers',
  'documents',
  'publications',
  'mandates',
  'revocations',
  'exits',
  'amendments',
  'approvals',
  'adoptions',
  'amendment-publications',
] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** What the plan needs to order the writes of one phase among themselves. */
export type RowOrdering =
  | { readonly kind: 'mandate'; readonly mandateId: string; readonly parentMandateId: string | null }
  | { readonly kind: 'membership'; readonly municipality: string; readonly date: CalendarDate; readonly act: 'join' | 'exit' }
  | { readonly kind: 'dated'; readonly date: CalendarDate };

/**
 * One write a row of the workbook asks for (a row may ask for two: a
 * participant's joining and exit, an amendment's proposal and adoption). The
 * same write is checked in memory by the dry run (`request`) and sent through
 * the API's write pipeline by the real run (`send`), with the same data.
 */
export interface RowWrite {
  readonly at: RowRef;
  /** Tells the writes of one row apart in their idempotency key. */
  readonly part: string;
  readonly phase: ImportPhase;
  readonly ordering?: RowOrdering;
  /** What the pipeline sends and the idempotency ledger compares a repeat with. */
  readonly data: unknown;
  /** The column of the sheet that holds each field of the command, to name it in a problem. */
  readonly columns: Readonly<Record<string, string>>;
  send(pipeline: WritePipeline, origin: WriteOrigin, options: WriteOptions): Promise<WriteAnswer<WriteResult>>;
  /** The same write as the domain's deciders take it, for the dry run. */
  request(today: CalendarDate): RegisterRequest;
  /** True when the register already holds exactly what this write would record: then it is passed by. */
  isPresent(lookup: RegisterLookup): Promise<boolean>;
  /** What the row says beyond the command (a gemeenteblad number beside a mandate) must agree with the register; throws a DomainError. */
  precheck(lookup: RegisterLookup): Promise<void>;
}

export interface RowWriteSpec<D> {
  readonly at: RowRef;
  readonly part: string;
  readonly phase: ImportPhase;
  readonly ordering?: RowOrdering;
  readonly command: WriteCommandType<D, WriteResult>;
  readonly data: D;
  readonly columns: Readonly<Record<string, string>>;
  readonly request: (data: D, today: CalendarDate) => RegisterRequest;
  readonly isPresent: (data: D, lookup: RegisterLookup) => Promise<boolean>;
  readonly precheck?: (data: D, lookup: RegisterLookup) => Promise<void>;
}

export function rowWrite<D>(spec: RowWriteSpec<D>): RowWrite {
  const { at, part, phase, ordering, command, data, columns } = spec;
  return {
    at,
    part,
    phase,
    ordering,
    data,
    columns,
    send: (pipeline, origin, options) => pipeline.execute(command, data, origin, options),
    request: (today) => spec.request(data, today),
    isPresent: (lookup) => spec.isPresent(data, lookup),
    precheck: async (lookup) => spec.precheck?.(data, lookup),
  };
}

/** The same list, whatever the order: a register that holds the powers in another order holds the same grant. */
export function sameSet(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && [...left].sort().join('\u0000') === [...right].sort().join('\u0000');
}
