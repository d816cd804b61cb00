import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../auth/authenticated-subject';

/** Who may open a page: anyone (the public register, the sign-in), or a signed-in user with one of `roles` (any role when empty). */
export type PageAccessRule = { readonly kind: 'anyone' } | { readonly kind: 'signed-in'; readonly roles: readonly Role[] };

export const PAGE_ACCESS = 'register:page-access';

export const OpenPage = (): ClassDecorator & MethodDecorator => SetMetadata<string, PageAccessRule>(PAGE_ACCESS, { kind: 'anyone' });

export const SignedInPage = (...roles: Role[]): ClassDecorator & MethodDecorator =>
  SetMetadata<string, PageAccessRule>(PAGE_ACCESS, { kind: 'signed-in', roles });
