import { ProblemError } from '../http/problem/problem.error';

/**
 * 503 READ_SIDE_LAGGING: the write is recorded, but the read side did not
 * reach it in time, so a query might not show it yet. Its idempotency key
 * stays reserved: a repeat finds the stored events and waits again.
 */
export class ReadSideLaggingError extends ProblemError {
  constructor(
    readonly position: number,
    readonly timeoutMs: number,
  ) {
    super(
      'READ_SIDE_LAGGING',
      `The write is recorded at position ${position}, but the read side did not reach it within ${timeoutMs} ms, ` +
        'so queries may not show it yet. Read again shortly instead of repeating the write.',
    );
    this.name = 'ReadSideLaggingError';
  }
}
