import { copyFileSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { SQLITE_FILE_NAME } from '../apps/register/src/config/register-config';
import { API_PREFIX } from '../apps/register/src/configure-app';
import type { BenchContext } from './bench-context';
import { withLogTree } from './log-tree-file';
import { questionFor, type ChainEnd } from './nationwide-history';
import type { BenchResult } from './report';
import { benchToken, type ListeningProcess, startBuiltService, startScript } from './service-process';
import { addBenchAccount, type Cannon, type CannonResult, webAuthority } from './web-authority.bench';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<CannonResult>;

const BARE_FASTIFY = join(__dirname, 'bare-fastify.child.js');
const MEASURED_SECONDS = 5;

/**
 * The built service as `npm start` runs it, with one HTTP process per core
 * (REGISTER_HTTP_PROCESSES, as the README advises for throughput), on a copy
 * of the projected SQLite file (its verifiable log's tree built first, as a
 * service that ran all along would hold it), asked GET /authority by
 * autocannon over loopback with 10 connections, every answer recorded in the
 * access log as in production; against a bare Fastify route answering a body
 * of the same size from as many processes, asked the same way in the same run
 * (issue 15: a fixed req/s target does not hold still on a shared machine).
 * Then the same questions as pages and statements (web-authority.bench.ts).
 */
export async function httpAuthority(ctx: BenchContext, file: string, chainEnds: readonly ChainEnd[]): Promise<BenchResult[]> {
  const dataDir = join(ctx.workDir, 'http-authority');
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(file, join(dataDir, SQLITE_FILE_NAME));
  await withLogTree(dataDir);
  const processes = availableParallelism();
  const questions = Array.from({ length: 500 }, (_, n) => {
    const { actor, power, municipality, validOn, amount } = questionFor(chainEnds, n);
    return new URLSearchParams({ actor, power, municipality, validOn, amount: String(amount) });
  });
  const paths = questions.map((question) => `/${API_PREFIX}/authority?${question.toString()}`);
  const headers = { authorization: `Bearer ${await benchToken(['reader'])}` };
  const service = await startBuiltService(dataDir, processes, addBenchAccount);
  let answerBytes: number;
  let serviceRps: number;
  let pages: BenchResult[];
  try {
    answerBytes = await averageAnswerBytes(service.port, paths.slice(0, 50), headers);
    serviceRps = await requestsPerSecond(service, paths, headers);
    pages = await webAuthority(`http://127.0.0.1:${service.port}`, questions, loadOn(`http://127.0.0.1:${service.port}`), { paths, headers });
  } finally {
    await service.stop();
  }
  const bare = await startScript(BARE_FASTIFY, processes, [String(answerBytes)]);
  let bareRps: number;
  try {
    bareRps = await requestsPerSecond(bare, paths, headers);
  } finally {
    await bare.stop();
  }
  ctx.note(`http.authority: the built service with REGISTER_HTTP_PROCESSES=${processes} (one per core) vs bare Fastify answering ${answerBytes} bytes from ${processes} processes; autocannon, 10 connections, in a worker thread`);
  const ratio = Math.round((serviceRps / bareRps) * 1000) / 1000;
  const http = { name: 'http.authority', unit: 'req/s', value: Math.round(serviceRps), referenceName: 'bare Fastify, same body size', referenceValue: Math.round(bareRps), ratio, target: 0.5 };
  return [http, ...pages];
}

/** autocannon with 10 connections over loopback. */
function loadOn(url: string): Cannon {
  // `workers: 1` fires the requests from a worker thread, so the load generator does not wait on the bench's own event loop.
  return (paths, headers, duration): Promise<CannonResult> =>
    autocannon({ url, connections: 10, workers: 1, duration, headers, requests: paths.map((path) => ({ method: 'GET', path })) });
}

/** The mean size of the service's answers, for a reference body of the same size. */
async function averageAnswerBytes(port: number, paths: readonly string[], headers: Record<string, string>): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const answer = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
    if (answer.status !== 200) throw new Error(`http.authority: ${path} answered ${answer.status}`);
    total += (await answer.arrayBuffer()).byteLength;
  }
  return Math.round(total / paths.length);
}

/** A warm-up of 2 s, then requests per second over the measured seconds; any answer but 2xx stops the bench. */
async function requestsPerSecond(target: ListeningProcess, paths: readonly string[], headers: Record<string, string>): Promise<number> {
  const cannon = loadOn(`http://127.0.0.1:${target.port}`);
  await cannon(paths, headers, 2);
  const result = await cannon(paths, headers, MEASURED_SECONDS);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`http.authority: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.total / (result.duration || MEASURED_SECONDS);
}
