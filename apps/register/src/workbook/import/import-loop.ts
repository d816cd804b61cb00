import { isDomainError, type RegisterLookup } from '@register/domain';
import { ProblemError } from '../../http/problem/problem.error';
import { ruleSentence } from '../../web/shared/rule-texts';
import type { ImportProblem } from './import-problem';
import { fieldProblems } from './row-validation';
import type { RowWrite } from './row-write';

/** Where the writes go: the dry run's copy of the register in memory, or the register itself through the write pipeline. */
export interface RowWriter {
  /** What "already in the register" is asked of: the copy, or the store. */
  readonly lookup: RegisterLookup;
  write(write: RowWrite): Promise<void>;
}

export interface LoopOutcome {
  readonly written: number;
  /** Writes passed by because the register already held exactly that. */
  readonly present: number;
  readonly problems: readonly ImportProblem[];
}

/** The codes of the pipeline that refuse a row rather than stop the import (a storage failure, a lagging read side stop it). */
const ROW_PROBLEM_CODES = new Set(['IDEMPOTENCY_KEY_REUSED', 'VALIDATION_FAILED']);

/**
 * The one loop both runs go through, so the dry run and the real run cannot
 * differ in how they treat a row: a write the register already holds is
 * passed by; otherwise the row's own check and the command's rules decide,
 * and a refusal becomes a problem of that row, after which the loop goes on
 * (later rows are judged without the refused one, as they would be written).
 */
export async function runWrites(writes: readonly RowWrite[], writer: RowWriter, progress: (done: number) => void = () => undefined): Promise<LoopOutcome> {
  let written = 0;
  let present = 0;
  const problems: ImportProblem[] = [];
  for (const [index, write] of writes.entries()) {
    if (await write.isPresent(writer.lookup)) present += 1;
    else {
      try {
        await write.precheck(writer.lookup);
        await writer.write(write);
        written += 1;
      } catch (error) {
        problems.push(...problemsOf(error, write));
      }
    }
    progress(index + 1);
  }
  return { written, present, problems };
}

function problemsOf(error: unknown, write: RowWrite): ImportProblem[] {
  if (isDomainError(error)) {
    const errors = error.meta.errors;
    if (error.code === 'VALIDATION_FAILED' && Array.isArray(errors)) return fieldProblems(errors, write.at, write.columns);
    return [{ ...write.at, code: error.code, text: ruleSentence(error.code, error.meta, error.detail) }];
  }
  if (error instanceof ProblemError && ROW_PROBLEM_CODES.has(error.code)) {
    if (error.errors !== undefined && error.errors.length > 0) return fieldProblems(error.errors, write.at, write.columns);
    return [{ ...write.at, code: error.code, text: ruleSentence(error.code, {}, error.detail) }];
  }
  throw error;
}
