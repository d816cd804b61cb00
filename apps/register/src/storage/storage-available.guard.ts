import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { StorageUnavailable } from '@register/event-store';
import { StorageStatus } from './storage-status';

const SERVES_WITHOUT_STORAGE = 'register:serves-without-storage';

/** A route that must answer even when the database is gone: the health check, which reports just that. */
export const ServesWithoutStorage = (): ClassDecorator & MethodDecorator => SetMetadata(SERVES_WITHOUT_STORAGE, true);

/**
 * Once the database is known to be damaged, or deleted or replaced under the
 * service (StorageStatus), every request is refused with 503
 * STORAGE_UNAVAILABLE: a read would answer from a file that the service will
 * not start from, which may hold writes that were refused, and a write could
 * only fail.
 */
@Injectable()
export class StorageAvailableGuard implements CanActivate {
  constructor(
    private readonly status: StorageStatus,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const lasting = this.status.lastingFailure();
    if (lasting === undefined) return true;
    if (this.reflector.getAllAndOverride<boolean>(SERVES_WITHOUT_STORAGE, [context.getHandler(), context.getClass()])) return true;
    throw new StorageUnavailable(lasting.kind, lasting.message);
  }
}
