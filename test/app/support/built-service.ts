import type { ChildProcessRun } from './child-process-run';
import { pollUntil } from './poll-until';

/** A JSON log line of the built service, with the fields the tests read. */
export interface ServiceLogLine {
  readonly level: number;
  readonly msg: string;
  readonly pid: number;
  readonly correlationId?: string;
  readonly context?: string;
  readonly req?: { readonly method: string };
}

/** Every line the service printed, each parsed as JSON: a line that is not JSON fails the test. */
export function logLines(stdout: string): ServiceLogLine[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ServiceLogLine);
}

/** Resolves once GET /health on `port` answers 200; fails with what the service printed after `ms`. */
export async function waitUntilHealthy(port: number, run: ChildProcessRun, ms = 20_000): Promise<void> {
  const healthy = async () => ((await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined))?.status === 200 ? true : undefined);
  await pollUntil(healthy, ms, () => `no healthy answer within ${ms} ms; output:\n${run.stdout}${run.stderr}`);
}
