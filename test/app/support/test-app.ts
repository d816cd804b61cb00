import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpAdapter, initialise, type RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import type { DynamicModule } from '@nestjs/common';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { AppModule } from '../../../apps/register/src/app.module';
import { type Environment, loadRegisterConfig } from '../../../apps/register/src/config/load-register-config';
import { configureApp } from '../../../apps/register/src/configure-app';
import { createNestPinoLogger } from '../../../apps/register/src/logging/nest-pino-logger';
import { TEST_JWT_SECRET, TEST_LOG_SIGNING_KEY } from './test-token';

/** A folder under the OS temp folder, removed by `removeTempDir`. */
export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `register-${prefix}-`));
}

export function removeTempDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** AppModule's imports, in the order the app is built with. */
export type ModuleImports = NonNullable<DynamicModule['imports']>;

/**
 * The whole service as `main.ts` builds it, for a configuration read from
 * `env` exactly as at boot, without listening on a port (supertest calls the
 * HTTP server directly). Logs stay quiet unless `env` asks otherwise.
 * `arrange` may reorder AppModule's imports, which must not change anything.
 */
export async function createTestApp(
  env: Environment,
  override: (builder: TestingModuleBuilder) => TestingModuleBuilder = (builder) => builder,
  arrange: (imports: ModuleImports) => ModuleImports = (imports) => imports,
): Promise<RegisterApplication> {
  // A known secret, so tests can sign tokens (`signTestToken` in test-token.ts); PostgreSQL would refuse to start without one, or without the log's key.
  const sharedStore = env.REGISTER_STORE !== undefined && env.REGISTER_STORE !== 'sqlite';
  const logKey = sharedStore ? { REGISTER_LOG_SIGNING_KEY: TEST_LOG_SIGNING_KEY } : {};
  const config = loadRegisterConfig({ LOG_LEVEL: 'silent', REGISTER_JWT_SECRET: TEST_JWT_SECRET, ...logKey, ...env }, process.cwd());
  const root = AppModule.forRoot(config);
  const moduleRef = await override(Test.createTestingModule({ imports: [{ ...root, imports: arrange(root.imports ?? []) }] })).compile();
  const app = moduleRef.createNestApplication<RegisterApplication>(createHttpAdapter(), { logger: createNestPinoLogger(config.logLevel) });
  configureApp(app);
  await initialise(app);
  return app;
}
