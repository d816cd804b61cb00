import { SetMetadata } from '@nestjs/common';
import type { Role } from './authenticated-subject';

/**
 * Who may call a route. A route (or its controller) without one is refused to
 * everybody: forgetting the decorator must close a route, not open it.
 */
export type AccessRule =
  | { readonly kind: 'public' }
  | { readonly kind: 'any-role' }
  | { readonly kind: 'roles'; readonly roles: readonly Role[] };

export const ACCESS_RULE = 'register:access-rule';

/** No token needed: `GET /health`, the OpenAPI documents. */
export const Public = (): ClassDecorator & MethodDecorator => SetMetadata<string, AccessRule>(ACCESS_RULE, { kind: 'public' });

/** Any authenticated subject with at least one known role: the reads. */
export const AnyRole = (): ClassDecorator & MethodDecorator => SetMetadata<string, AccessRule>(ACCESS_RULE, { kind: 'any-role' });

/** A subject holding at least one of `roles`, e.g. `@RequireRoles('registrar', 'publication-officer')`. */
export const RequireRoles = (...roles: [Role, ...Role[]]): ClassDecorator & MethodDecorator =>
  SetMetadata<string, AccessRule>(ACCESS_RULE, { kind: 'roles', roles });
