import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { StorageAvailableGuard } from './storage-available.guard';
import { StorageStatus } from './storage-status';

/**
 * The service's knowledge of its database's state: the error filter and the
 * health check report failures to it, and its guard refuses requests once
 * the database is gone or damaged.
 */
@Global()
@Module({
  providers: [StorageStatus, { provide: APP_GUARD, useClass: StorageAvailableGuard }],
  exports: [StorageStatus],
})
export class StorageModule {}
