import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { WebSession } from './web-session';

// A symbol, so that no body or header can set it.
const PAGE_SESSION = Symbol('WebSession');

type WithSession = { [PAGE_SESSION]?: WebSession };

export function attachPageSession(request: object, session: WebSession | undefined): void {
  if (session !== undefined) (request as WithSession)[PAGE_SESSION] = session;
}

export function pageSessionOf(request: object): WebSession | undefined {
  return (request as WithSession)[PAGE_SESSION];
}

/** The request's live session, as PageSessionGuard found it; undefined for a visitor without one. */
export const PageSession = createParamDecorator((_data: unknown, context: ExecutionContext): WebSession | undefined =>
  pageSessionOf(context.switchToHttp().getRequest<object>()),
);
