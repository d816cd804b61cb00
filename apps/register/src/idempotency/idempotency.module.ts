import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyContext } from './idempotency.context';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyLedger } from './idempotency-ledger';

/**
 * Idempotency-Key for every POST (api.md "Conventions"). Global, so any
 * controller or command handler can inject the IdempotencyContext that names
 * its events.
 */
@Global()
@Module({
  providers: [IdempotencyContext, IdempotencyLedger, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
  exports: [IdempotencyContext],
})
export class IdempotencyModule {}
