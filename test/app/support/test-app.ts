import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpAdapter, initialise, type RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { AppModule } from '../../../apps/register/src/app.module';
import { type Environment, loadRegisterConfig } from '../../../apps/register/src/config/load-register-config';
import { configureApp } from '../../../apps/register/src/configure-app';
import { createNestPinoLogger } from '../../../apps/register/src/logging/nest-pino-logger';
import { TEST_JWT_SECRET } from './test-token';

/** A folder under the OS temp folder, removed by `removeTempDir`. */
export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `register-${prefix}-`));
}

export function removeTempDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/**
 * The whole service as `main.ts` builds it, for a configuration read from
 * `env` exactly as at boot, without listening on a port (supertest calls the
 * HTTP server directly). Logs stay quiet unless `env` asks otherwise.
 */
export async function createTestApp(
  env: Environment,
  override: (builder: TestingModuleBuilder) => TestingModuleBuilder = (builder) => builder,
): Promise<RegisterApplication> {
  // A known secret, so tests can sign tokens (`signTestToken` in test-token.ts); PostgreSQL would refuse to start without one.
  const config = loadRegisterConfig({ LOG_LEVEL: 'silent', REGISTER_JWT_SECRET: TEST_JWT_SECRET, ...env }, process.cwd());
  const moduleRef = await override(Test.createTestingModule({ imports: [AppModule.forRoot(config)] })).compile();
  const app = moduleRef.createNestApplication<RegisterApplication>(createHttpAdapter(), { logger: createNestPinoLogger(config.logLevel) });
  configureApp(app);
  await initialise(app);
  return app;
}
