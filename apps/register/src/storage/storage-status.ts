import { Injectable, Logger } from '@nestjs/common';
import { type StorageFailure, storageFailureOf } from '@register/event-store';

/**
 * What the service has learnt about its database from the failures requests
 * and health checks met. A damaged database, or a file deleted or replaced
 * under the running service, does not heal: once seen, `/health` answers 503
 * and every other request is refused (StorageAvailableGuard) until an
 * operator restores the file and restarts the service, so a load balancer
 * stops sending traffic that can only fail. A full disk or a server that
 * cannot be reached passes by itself and is not remembered: the next request,
 * and the health check's own query, find out again.
 */
@Injectable()
export class StorageStatus {
  private readonly logger = new Logger(StorageStatus.name);
  private lasting: StorageFailure | undefined;

  /** The storage failure behind a request's `error`, logged and remembered when it lasts; undefined for any other error. */
  observe(error: unknown): StorageFailure | undefined {
    const failure = storageFailureOf(error);
    if (failure === undefined) return undefined;
    if (!this.remember(failure)) this.logger.warn(`Storage ${failure.kind}: ${failure.message}`);
    return failure;
  }

  /** Keeps a lasting failure (damaged, gone); true when it is one. The first is logged, as the moment the service stopped serving. */
  remember(failure: StorageFailure): boolean {
    if (failure.kind !== 'damaged' && failure.kind !== 'gone') return false;
    if (this.lasting === undefined) {
      this.lasting = failure;
      this.logger.error(`Storage ${failure.kind}: ${failure.message}; refusing every request until the service is restarted on a sound database`);
    }
    return true;
  }

  /** The damage or loss seen since the service started, if any. */
  lastingFailure(): StorageFailure | undefined {
    return this.lasting;
  }
}
