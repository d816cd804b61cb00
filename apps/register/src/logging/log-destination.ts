import { type DestinationStream, destination } from 'pino';

let stdout: DestinationStream | undefined;

/**
 * Standard output, written synchronously. pino's default asynchronous stream
 * loses the last lines when the process exits right after them (a failed boot,
 * `process.exit` after a shutdown), and those are the lines that matter most.
 */
export function logDestination(): DestinationStream {
  stdout ??= destination({ dest: 1, sync: true });
  return stdout;
}
