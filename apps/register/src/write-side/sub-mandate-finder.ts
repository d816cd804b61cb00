import type { MandateRecord } from '@register/domain';

/**
 * The direct sub-mandates of a mandate, which a correction must keep inside
 * it. The only cross-stream question the write side cannot answer by reading
 * one named stream: the read side's mandate table will answer it (issue 4)
 * and replace the log scan behind this token.
 */
export interface SubMandateFinder {
  subMandatesOf(mandateId: string): Promise<readonly MandateRecord[]>;
}

export const SUB_MANDATE_FINDER = Symbol('SubMandateFinder');
