import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { createHttpAdapter, type RegisterApplication } from '../apps/register/src/http/http-adapter';
import { SignJWT } from 'jose';
import { AppModule } from '../apps/register/src/app.module';
import { loadRegisterConfig } from '../apps/register/src/config/load-register-config';
import { SQLITE_FILE_NAME } from '../apps/register/src/config/register-config';
import { API_PREFIX, configureApp } from '../apps/register/src/configure-app';
import { createNestPinoLogger } from '../apps/register/src/logging/nest-pino-logger';
import type { BenchContext } from './bench-context';
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

const SECRET = 'szmh-register-bench-secret-0123456789abcdef';
const TARGET_RPS = 3_000;

/** The service as main.ts builds it, on a copy of the projected SQLite file, asked GET /authority by autocannon from a worker thread. */
export async function httpAuthority(ctx: BenchContext, file: string, chainEnds: readonly ChainEnd[]): Promise<BenchResult> {
  const dataDir = join(ctx.workDir, 'http-authority');
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(file, join(dataDir, SQLITE_FILE_NAME));
  const config = loadRegisterConfig({ LOG_LEVEL: 'silent', REGISTER_JWT_SECRET: SECRET, REGISTER_DATA_DIR: dataDir }, process.cwd());
  const app = await NestFactory.create<RegisterApplication>(AppModule.forRoot(config), createHttpAdapter(), { logger: createNestPinoLogger(config.logLevel) });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  try {
    const { port } = app.getHttpServer().address() as { port: number };
    const token = await new SignJWT({ roles: ['reader'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('bench').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
    const paths = Array.from({ length: 500 }, (_, n) => {
      const { actor, power, municipality, validOn, amount } = questionFor(chainEnds, n);
      return `/${API_PREFIX}/authority?${new URLSearchParams({ actor, power, municipality, validOn, amount: String(amount) }).toString()}`;
    });
    // `workers: 1` fires the requests from a worker thread: on the main thread, autocannon would take
    // turns with the server on its one event loop and the figure would be the client's cost as much as the service's.
    const run = (duration: number): Promise<CannonResult> =>
      autocannon({
        url: `http://127.0.0.1:${port}`,
        connections: 10,
        workers: 1,
        duration,
        headers: { authorization: `Bearer ${token}` },
        requests: paths.map((path) => ({ method: 'GET', path })),
      });
    await run(1);
    const result = await run(5);
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`http.authority: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    const rps = result.requests.total / (result.duration || 5);
    return { name: 'http.authority', unit: 'req/s', value: Math.round(rps), referenceName: 'target', referenceValue: TARGET_RPS, ratio: Math.round((rps / TARGET_RPS) * 1000) / 1000, target: 1 };
  } finally {
    await app.close();
  }
}
