import type { Environment } from '../../register/src/config/load-register-config';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly env: Environment;
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** True when standard error is a terminal: then a long command draws a progress bar there (never into a pipe or a file). */
  readonly errIsTerminal?: boolean;
  /** What the command reads from standard input (a password with `--password-stdin`); absent in tests that give none. */
  readonly stdin?: NodeJS.ReadableStream & { readonly isTTY?: boolean };
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** The input has problems the command reports row by row, and nothing was written (import). */
export const EXIT_REFUSED = 3;

/** Thrown by a command whose arguments are wrong: the dispatcher prints its usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Arguments after the command name, e.g. `[--json]`; empty when it takes none. */
  readonly arguments: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}
