import { copyFileSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { SQLITE_FILE_NAME } from '../apps/register/src/config/register-config';
import { API_PREFIX } from '../apps/register/src/configure-app';
import type { BenchContext } from './bench-context';
import { benchToken, startBuiltService } from './built-service';
import { withLogTree } from './log-tree-file';
import { questionFor, type ChainEnd } from './nationwide-history';
import type { BenchResult } from './report';

/** The little of autocannon's API used here; the package ships no types. */
interface CannonResult {
  readonly requests: { readonly total: number };
  readonly duration: number;
  readonly non2xx: number;
  readonly errors: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<CannonResult>;

const TARGET_RPS = 3_000;

/**
 * The built service as `npm start` runs it, with one HTTP process per core
 * (REGISTER_HTTP_PROCESSES, as the README advises for throughput), on a copy
 * of the projected SQLite file (its verifiable log's tree built first, as
 * a service that ran all along would hold it), asked GET /authority by
 * autocannon over loopback with 10 connections. Every answer is recorded in
 * the access log, as in production.
 */
export async function httpAuthority(ctx: BenchContext, file: string, chainEnds: readonly ChainEnd[]): Promise<BenchResult> {
  const dataDir = join(ctx.workDir, 'http-authority');
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(file, join(dataDir, SQLITE_FILE_NAME));
  await withLogTree(dataDir);
  const processes = availableParallelism();
  const service = await startBuiltService(dataDir, processes);
  const port = service.port;
  try {
    ctx.note(`http.authority: the built service with REGISTER_HTTP_PROCESSES=${processes} (one per core), autocannon in a worker thread of the bench`);
    const token = await benchToken(['reader']);
    const paths = Array.from({ length: 500 }, (_, n) => {
      const { actor, power, municipality, validOn, amount } = questionFor(chainEnds, n);
      return `/${API_PREFIX}/authority?${new URLSearchParams({ actor, power, municipality, validOn, amount: String(amount) }).toString()}`;
    });
    // `workers: 1` fires the requests from a worker thread, so the load generator does not wait on the bench's own event loop.
    const run = (duration: number): Promise<CannonResult> =>
      autocannon({
        url: `http://127.0.0.1:${port}`,
        connections: 10,
        workers: 1,
        duration,
        headers: { authorization: `Bearer ${token}` },
        requests: paths.map((path) => ({ method: 'GET', path })),
      });
    await run(2);
    const result = await run(5);
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`http.authority: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    const rps = result.requests.total / (result.duration || 5);
    return { name: 'http.authority', unit: 'req/s', value: Math.round(rps), referenceName: 'target', referenceValue: TARGET_RPS, ratio: Math.round((rps / TARGET_RPS) * 1000) / 1000, target: 1 };
  } finally {
    await service.stop();
  }
}
