import { Module } from '@nestjs/common';
import { IdempotencyLedger } from './idempotency-ledger';

/**
 * The idempotency keys of api.md "Conventions", kept in the event store. The
 * WritePipeline is their one user: it replays, reserves and records them.
 */
@Module({
  providers: [IdempotencyLedger],
  exports: [IdempotencyLedger],
})
export class IdempotencyModule {}
