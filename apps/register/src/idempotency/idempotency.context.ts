import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { RequestIdentity } from './request-identity';

/**
 * Hands the current request's RequestIdentity to whoever writes events, with
 * no request-scoped providers: the IdempotencyInterceptor runs each request's
 * handler inside `run`, and singletons (controllers, command handlers) ask
 * `current()`. Outside a request (the command line, an import) there is no
 * key, and each call gets a fresh random identity: take `current()` once per
 * command and keep it.
 */
@Injectable()
export class IdempotencyContext {
  private readonly storage = new AsyncLocalStorage<RequestIdentity>();

  run<T>(identity: RequestIdentity, work: () => T): T {
    return this.storage.run(identity, work);
  }

  current(): RequestIdentity {
    return this.storage.getStore() ?? RequestIdentity.random();
  }
}
