import { STATUS_CODES } from 'node:http';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Every problem is `about:blank` (RFC 9457 §4.2.1): the HTTP status and the
 * stable `code` say what went wrong, so the title is the status phrase and no
 * URI namespace has to be kept stable forever. Clients switch on `code`.
 */
const PROBLEM_TYPE = 'about:blank';

/** One invalid part of a request: `consentBasis.citation`, `powers[1]`, or `''` for the body as a whole. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** The body of every error answer (api.md "Conventions"), plus the request's correlation id. */
export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  /** Absent only on a 500, which says nothing about its cause. */
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  /** Structured facts of a domain rule (which party is missing, which dimension is exceeded). */
  readonly meta?: Readonly<Record<string, unknown>>;
  readonly correlationId: string;
}

export interface ProblemParts {
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  readonly meta?: Readonly<Record<string, unknown>>;
}

export function problemDocument(parts: ProblemParts, correlationId: string): ProblemDocument {
  const { status, code, detail, errors, meta } = parts;
  return {
    type: PROBLEM_TYPE,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    code,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors }),
    ...(meta === undefined || Object.keys(meta).length === 0 ? {} : { meta }),
    correlationId,
  };
}
