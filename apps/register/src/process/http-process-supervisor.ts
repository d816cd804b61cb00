import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * The primary process when REGISTER_HTTP_PROCESSES is above 1: it serves
 * nothing itself, it starts that many copies of the service (node:cluster),
 * which share the port, and stops them.
 *
 * - The first process starts alone, so that when `--demo` asks for it the
 *   demo is loaded before any process answers (the first one loads it, before
 *   it listens); the others start once it listens. Whichever holds the
 *   projection lease projects; the others answer reads and writes and wait for
 *   its progress through the database, as a second instance would.
 * - SIGTERM or SIGINT is passed to every process; each closes as a single
 *   process would, and the primary exits 0 once all have exited 0.
 * - A process that exits by itself (it failed to start, or crashed) stops the
 *   others and the primary exits 1: a supervisor (systemd, Kubernetes)
 *   restarts the whole service, rather than this one running short-handed
 *   without saying so.
 */
export function superviseHttpProcesses(count: number, logger: Logger): void {
  let stopping = false;
  let failed = false;
  const stopAll = (): void => {
    stopping = true;
    for (const worker of workers()) worker.process.kill('SIGTERM');
  };
  for (const signal of SHUTDOWN_SIGNALS) process.on(signal, stopAll);

  cluster.on('exit', (worker, code, signal) => {
    if (!stopping || code !== 0) {
      failed = true;
      logger.fatal({ process: worker.id, code, signal }, `HTTP process ${worker.id} exited with ${signal ?? `code ${code}`}; stopping the others`);
      if (!stopping) stopAll();
    }
    if (workers().length === 0) process.exit(failed ? 1 : 0);
  });

  const first = cluster.fork();
  first.once('listening', () => {
    if (stopping) return;
    for (let n = 1; n < count; n += 1) cluster.fork();
  });
  logger.info(`Starting ${count} HTTP processes`);
}

function workers(): Worker[] {
  return Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined && !worker.isDead());
}
