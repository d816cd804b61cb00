import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { BearerAuthGuard } from './bearer-auth.guard';
import { tokenVerifierProvider } from './token-verifier.provider';

/**
 * Bearer authentication and role checks for every route (api.md, Conventions).
 * Controllers declare who may call them with `@Public()`, `@AnyRole()` or
 * `@RequireRoles(...)` and read the caller with `@CurrentSubject()`. Its errors
 * carry their problem document as `getResponse()`, which the service's
 * ProblemExceptionFilter answers as it is.
 */
@Module({
  providers: [
    tokenVerifierProvider,
    { provide: APP_GUARD, useClass: BearerAuthGuard },
  ],
})
export class AuthModule {}
