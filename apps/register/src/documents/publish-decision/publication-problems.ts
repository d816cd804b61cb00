import type { ProblemCode } from '../../http/problem/problem-codes';
import { UPDATE_PROBLEMS } from '../../write-side/write-problems';

/**
 * What recording a publication may answer, whether a new one, one of an
 * amendment or a correction: each is checked like a new publication (Awb
 * 3:40-3:42, the gemeenteblad number's year, one number for one publication).
 */
export const PUBLICATION_PROBLEMS = [
  ...UPDATE_PROBLEMS,
  'UNKNOWN_REFERENCE',
  'INVALID_PUBLICATION_ID',
  'DUPLICATE_PUBLICATION',
  'CHRONOLOGY',
  'IN_FORCE_BEFORE_PUBLICATION',
] as const satisfies readonly ProblemCode[];
