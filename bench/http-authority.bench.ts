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
import { addBenchAccount, type Cannon, type CannonResult, webAuthority } from './web-authority.bench';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<CannonResult>;

const TARGET_RPS = 3_000;

/**
 * The built service as `npm start` runs it, with one HTTP process per core
 * (REGISTER_HTTP_PROCESSES, as the README advises for throughput), on a copy
 * of the projected SQLite file (its verifiable log's tree built first, as
 * a service that ran all along would hold it), asked GET /authority by
 * autocannon over loopback with 10 connections (every answer recorded in the
 * access log, as in production); then the same questions as pages and
 * statements (web-authority.bench.ts) on the same service in the same run.
 */
export async function httpAuthority(ctx: BenchContext, file: string, chainEnds: readonly ChainEnd[]): Promise<BenchResult[]> {
  const dataDir = join(ctx.workDir, 'http-authority');
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(file, join(dataDir, SQLITE_FILE_NAME));
  await withLogTree(dataDir);
  const processes = availableParallelism();
  const service = await startBuiltService(dataDir, processes, addBenchAccount);
  const port = service.port;
  try {
    ctx.note(`http.authority: the built service with REGISTER_HTTP_PROCESSES=${processes} (one per core), autocannon in a worker thread of the bench`);
    const token = await benchToken(['reader']);
    const questions = Array.from({ length: 500 }, (_, n) => {
      const { actor, power, municipality, validOn, amount } = questionFor(chainEnds, n);
      return new URLSearchParams({ actor, power, municipality, validOn, amount: String(amount) });
    });
    const paths = questions.map((question) => `/${API_PREFIX}/authority?${question.toString()}`);
    const cannon = loadOn(`http://127.0.0.1:${port}`);
    const headers = { authorization: `Bearer ${token}` };
    await cannon(paths, headers, 2);
    const result = await cannon(paths, headers, 5);
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`http.authority: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    const rps = result.requests.total / (result.duration || 5);
    const http = { name: 'http.authority', unit: 'req/s', value: Math.round(rps), referenceName: 'target', referenceValue: TARGET_RPS, ratio: Math.round((rps / TARGET_RPS) * 1000) / 1000, target: 1 };
    return [http, ...(await webAuthority(`http://127.0.0.1:${port}`, questions, cannon, { paths, headers }))];
  } finally {
    await service.stop();
  }
}

/** autocannon with 10 connections over loopback. */
function loadOn(url: string): Cannon {
  // `workers: 1` fires the requests from a worker thread, so the load generator does not wait on the bench's own event loop.
  return (paths, headers, duration): Promise<CannonResult> =>
    autocannon({ url, connections: 10, workers: 1, duration, headers, requests: paths.map((path) => ({ method: 'GET', path })) });
}

