import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorators';
import { type AuthenticatedSubject, ROLES } from './authenticated-subject';
import { ForbiddenError } from './forbidden.error';
import { attachSubject } from './request-subject';
import { TOKEN_VERIFIER, type TokenVerifier } from './token-verifier';
import { UnauthenticatedError } from './unauthenticated.error';

// RFC 7235: the scheme is case-insensitive; the token itself is checked by the verifier.
const BEARER = /^Bearer +(\S+)$/i;

/**
 * Authenticates every request except to `@Public()` routes and checks the
 * route's access rule. Registered as `APP_GUARD`, so it guards every
 * controller of the app, test apps included, and a route without a rule is
 * refused (deny by default).
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  private readonly logger = new Logger(BearerAuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (rule?.kind === 'public') return true;
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const subject = await this.authenticate(request, http.getResponse<FastifyReply>());
    attachSubject(request, subject);
    this.authorise(rule, subject, context);
    return true;
  }

  private async authenticate(request: FastifyRequest, reply: FastifyReply): Promise<AuthenticatedSubject> {
    try {
      return await this.verifier.verify(bearerToken(request.headers.authorization));
    } catch (error) {
      // Set here rather than by a filter: the challenge belongs to a 401 whichever filter writes the body.
      if (error instanceof UnauthenticatedError) void reply.header('WWW-Authenticate', error.challenge);
      throw error;
    }
  }

  private authorise(rule: AccessRule | undefined, subject: AuthenticatedSubject, context: ExecutionContext): void {
    if (subject.roles.length === 0) throw new ForbiddenError(`The token carries none of the roles ${ROLES.join(', ')}`);
    if (rule === undefined) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule, so it is refused to everyone`);
      throw new ForbiddenError('This route is open to no role');
    }
    switch (rule.kind) {
      case 'public':
      case 'any-role':
        return;
      case 'roles':
        if (rule.roles.some((role) => subject.roles.includes(role))) return;
        throw new ForbiddenError(`This route needs the role ${rule.roles.join(' or ')}`);
      default: {
        const unknown: never = rule;
        throw new Error(`Unhandled access rule ${JSON.stringify(unknown)}`);
      }
    }
  }
}

function bearerToken(header: string | undefined): string {
  if (header === undefined || header === '') throw UnauthenticatedError.missingToken();
  const token = BEARER.exec(header)?.[1];
  if (token === undefined) throw UnauthenticatedError.missingToken('The Authorization header must be "Bearer <token>"');
  return token;
}
