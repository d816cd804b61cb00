import { Controller, Get, HttpCode, Module, Post } from '@nestjs/common';
import { createHttpAdapter, initialise, type RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { Test } from '@nestjs/testing';
import { AnyRole, RequireRoles } from '../../../apps/register/src/auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../../apps/register/src/auth/authenticated-subject';
import { CurrentSubject } from '../../../apps/register/src/auth/current-subject.decorator';
import { AppModule } from '../../../apps/register/src/app.module';
import { type Environment, loadRegisterConfig } from '../../../apps/register/src/config/load-register-config';
import { configureApp } from '../../../apps/register/src/configure-app';
import { createNestPinoLogger } from '../../../apps/register/src/logging/nest-pino-logger';
import { signTestToken, TEST_JWT_SECRET, type TestTokenClaims } from './test-token';

export const PROBE_PATH = '/api/v1/auth-probe';

/** Routes of every access rule, for the authentication tests only: the service has no other routes yet. */
@Controller('auth-probe')
class AuthProbeController {
  @AnyRole()
  @Get('whoami')
  whoami(@CurrentSubject() subject: AuthenticatedSubject): AuthenticatedSubject {
    return subject;
  }

  @RequireRoles('registrar')
  @Post('records')
  @HttpCode(201)
  record(@CurrentSubject() subject: AuthenticatedSubject): { recordedBy: string } {
    return { recordedBy: subject.sub };
  }

  @RequireRoles('registrar', 'publication-officer')
  @Post('publications')
  @HttpCode(201)
  publish(@CurrentSubject() subject: AuthenticatedSubject): { recordedBy: string } {
    return { recordedBy: subject.sub };
  }

  // No access rule on purpose: the guard must refuse it to everybody.
  @Get('forgotten')
  forgotten(): string {
    return 'this answer must never be sent';
  }
}

@Module({ controllers: [AuthProbeController] })
class AuthProbeModule {}

/** `createTestApp` plus the probe routes under `/api/v1/auth-probe`. */
export async function createAuthProbeApp(env: Environment): Promise<RegisterApplication> {
  const config = loadRegisterConfig({ LOG_LEVEL: 'silent', REGISTER_JWT_SECRET: TEST_JWT_SECRET, ...env }, process.cwd());
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config), AuthProbeModule] }).compile();
  const app = moduleRef.createNestApplication<RegisterApplication>(createHttpAdapter(), { logger: createNestPinoLogger(config.logLevel) });
  configureApp(app);
  await initialise(app);
  return app;
}

/** An `Authorization` value for `claims`, signed with the test apps' secret unless another is given. */
export async function bearerFor(claims: TestTokenClaims, secret = TEST_JWT_SECRET): Promise<string> {
  return `Bearer ${await signTestToken(claims, { secret })}`;
}
