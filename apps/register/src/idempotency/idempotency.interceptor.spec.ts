import 'reflect-metadata';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/internal';
import { InMemoryEventStore } from '@register/event-store';
import { lastValueFrom, of } from 'rxjs';
import { IdempotencyContext } from './idempotency.context';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyLedger } from './idempotency-ledger';

interface Seen {
  /** The id the request's first event would get, asked for twice while the handler runs. */
  readonly firstEventIds: readonly [string, string];
  readonly storeHead: number;
}

async function handle(method: string, headers: Record<string, string> = {}): Promise<Seen> {
  const store = new InMemoryEventStore();
  const context = new IdempotencyContext();
  const interceptor = new IdempotencyInterceptor(new IdempotencyLedger(store), context, new Reflector());
  // Fastify's request and reply, as far as the interceptor reads them; `raw` is Node's request.
  const request = { method, originalUrl: '/api/v1/things', body: undefined, raw: { headersDistinct: headers, id: 'c-1' } };
  const execution = new ExecutionContextHost([request, { header: () => undefined }], undefined, () => undefined);
  execution.setType('http');
  // Nest runs the handler in the async context handle() is called in, as this does.
  const handler = { handle: () => of([context.current().eventIdFor(0), context.current().eventIdFor(0)] as const) };
  const firstEventIds = (await lastValueFrom(interceptor.intercept(execution, handler))) as Seen['firstEventIds'];
  return { firstEventIds, storeHead: await store.headPosition() };
}

describe('IdempotencyInterceptor', () => {
  it('runs a POST without a key under one identity, so all its events share one seed', async () => {
    const { firstEventIds } = await handle('POST');
    expect(firstEventIds[0]).toBe(firstEventIds[1]);
  });

  it.each(['GET', 'HEAD'])('runs a %s outside any request identity: a read writes nothing to name', async (method) => {
    const { firstEventIds } = await handle(method);
    // Outside a request's context every current() is a fresh random identity.
    expect(firstEventIds[0]).not.toBe(firstEventIds[1]);
  });

  it('neither checks nor records an Idempotency-Key sent with a GET', async () => {
    // Two keys would be refused on a POST (VALIDATION_FAILED); a read ignores the header.
    const seen = await handle('GET', { 'idempotency-key': ['k-1', 'k-2'] } as unknown as Record<string, string>);
    expect(seen.storeHead).toBe(0);
  });
});
