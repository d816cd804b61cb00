import { Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/internal';
import { AnyRole, Public, RequireRoles } from './access-rule.decorators';
import type { Role } from './authenticated-subject';
import { BearerAuthGuard } from './bearer-auth.guard';
import { ForbiddenError } from './forbidden.error';
import { readScopeOf } from './read-scope';
import { subjectOf } from './request-subject';
import { SecretTokenVerifier } from './secret-token.verifier';
import { signSubjectToken } from './subject-token.signer';
import { UnauthenticatedError } from './unauthenticated.error';

const SECRET = 'guard-spec-secret-of-32-characters!!';

class UndecoratedController {
  forgotten(): void {}
}

@RequireRoles('registrar')
class WritesController {
  record(): void {}
  @RequireRoles('registrar', 'publication-officer')
  publish(): void {}
  @AnyRole()
  history(): void {}
  @Public()
  about(): void {}
}

@AnyRole()
class ReadsController {
  list(): void {}
  @RequireRoles('registrar')
  correct(): void {}
}

interface Call {
  readonly request: { headers: { authorization?: string } };
  readonly headers: Record<string, string>;
  readonly outcome: Promise<unknown>;
}

function call(controller: new () => object, method: string, authorization?: string): Call {
  const request = { headers: authorization === undefined ? {} : { authorization } };
  const headers: Record<string, string> = {};
  const response = { header: (name: string, value: string) => (headers[name] = value) };
  const handler = (controller.prototype as Record<string, () => void>)[method];
  const context = new ExecutionContextHost([request, response], controller, handler);
  const guard = new BearerAuthGuard(new Reflector(), new SecretTokenVerifier(SECRET));
  return { request, headers, outcome: guard.canActivate(context).catch((error: unknown) => error) };
}

async function bearer(roles: readonly string[], municipalities: readonly string[] = []): Promise<string> {
  const token = await signSubjectToken({ sub: 'dana', roles: roles as Role[], municipalities }, SECRET, {
    issuedAt: new Date(),
    expiresInSeconds: 60,
  });
  return `Bearer ${token}`;
}

describe('BearerAuthGuard', () => {
  let errorLogs: jest.SpyInstance;
  beforeEach(() => {
    errorLogs = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => errorLogs.mockRestore());

  describe('deny by default', () => {
    it('refuses a route without an access rule with 403 even to a registrar, and logs which route', async () => {
      const { outcome } = call(UndecoratedController, 'forgotten', await bearer(['registrar']));
      await expect(outcome).resolves.toEqual(new ForbiddenError('This route is open to no role'));
      expect(errorLogs).toHaveBeenCalledWith('UndecoratedController.forgotten declares no access rule, so it is refused to everyone');
    });

    it('asks for a token before anything else on such a route', async () => {
      await expect(call(UndecoratedController, 'forgotten').outcome).resolves.toBeInstanceOf(UnauthenticatedError);
    });
  });

  describe('authentication', () => {
    it('lets anybody through to a @Public() route, without a subject', async () => {
      const { outcome, request } = call(WritesController, 'about');
      await expect(outcome).resolves.toBe(true);
      expect(subjectOf(request)).toBeUndefined();
    });

    it('refuses a request without Authorization with 401 and the bare Bearer challenge', async () => {
      const { outcome, headers } = call(ReadsController, 'list');
      await expect(outcome).resolves.toEqual(UnauthenticatedError.missingToken());
      expect(headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
    });

    it('refuses another scheme than Bearer with 401', async () => {
      const { outcome, headers } = call(ReadsController, 'list', 'Basic YWxpY2U6c2VjcmV0');
      await expect(outcome).resolves.toMatchObject({ detail: 'The Authorization header must be "Bearer <token>"' });
      expect(headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
    });

    it('refuses a forged token with 401 and error="invalid_token"', async () => {
      const { outcome, headers } = call(ReadsController, 'list', `${await bearer(['reader'])}x`);
      await expect(outcome).resolves.toBeInstanceOf(UnauthenticatedError);
      expect(headers).toEqual({ 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    });

    it('accepts the scheme in any case, as RFC 7235 says', async () => {
      const token = (await bearer(['reader'])).replace('Bearer', 'bearer');
      await expect(call(ReadsController, 'list', token).outcome).resolves.toBe(true);
    });

    it('hands the verified subject to the handler through the request', async () => {
      const { outcome, request } = call(ReadsController, 'list', await bearer(['reader', 'auditor'], ['GM0938']));
      await expect(outcome).resolves.toBe(true);
      expect(subjectOf(request)).toEqual({ sub: 'dana', roles: ['auditor', 'reader'], municipalities: ['GM0938'] });
    });
  });

  describe('roles', () => {
    it('lets a registrar record', async () => {
      await expect(call(WritesController, 'record', await bearer(['registrar'])).outcome).resolves.toBe(true);
    });

    it('refuses a reader a registrar route with 403 naming the role', async () => {
      await expect(call(WritesController, 'record', await bearer(['reader'])).outcome).resolves.toEqual(
        new ForbiddenError('This route needs the role registrar'),
      );
    });

    it('lets a publication officer publish, but not record', async () => {
      const officer = await bearer(['publication-officer']);
      await expect(call(WritesController, 'publish', officer).outcome).resolves.toBe(true);
      await expect(call(WritesController, 'record', officer).outcome).resolves.toBeInstanceOf(ForbiddenError);
    });

    it('lets a method rule override its controller rule, both ways', async () => {
      const reader = await bearer(['reader']);
      await expect(call(WritesController, 'history', reader).outcome).resolves.toBe(true);
      await expect(call(ReadsController, 'correct', reader).outcome).resolves.toBeInstanceOf(ForbiddenError);
    });

    it('refuses a token with no known role with 403 on every route, reads included', async () => {
      await expect(call(ReadsController, 'list', await bearer(['admin'])).outcome).resolves.toEqual(
        new ForbiddenError('The token carries none of the roles registrar, publication-officer, auditor, reader'),
      );
    });

    it('lets an auditor without municipalities read, where they see nothing', async () => {
      const { outcome, request } = call(ReadsController, 'list', await bearer(['auditor']));
      await expect(outcome).resolves.toBe(true);
      const subject = subjectOf(request);
      expect(subject && readScopeOf(subject)).toEqual({ kind: 'municipalities', municipalities: new Set() });
    });

    it('refuses an auditor every write', async () => {
      const auditor = await bearer(['auditor'], ['GM0938']);
      await expect(call(WritesController, 'record', auditor).outcome).resolves.toBeInstanceOf(ForbiddenError);
      await expect(call(WritesController, 'publish', auditor).outcome).resolves.toBeInstanceOf(ForbiddenError);
    });
  });
});
