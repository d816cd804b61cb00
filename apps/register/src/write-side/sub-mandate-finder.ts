import type { MandateRecord } from '@register/domain';

/**
 * The direct sub-mandates of a mandate, which a correction must keep inside
 * it. The write side cannot name their streams from the parent's, so the
 * service asks the mandates read model which they are
 * (ReadModelSubMandateFinder); the unit harness, which has no read models,
 * scans its in-memory log instead (testing/log-scan-sub-mandate-finder.ts).
 */
export interface SubMandateFinder {
  subMandatesOf(mandateId: string): Promise<readonly MandateRecord[]>;
}

export const SUB_MANDATE_FINDER = Symbol('SubMandateFinder');
