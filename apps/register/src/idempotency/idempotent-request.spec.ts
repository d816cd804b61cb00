import type { IncomingMessage } from 'node:http';
import { ProblemError } from '../http/problem/problem.error';
import { idempotencyKeyOf, IdempotentRequest, type IdempotentRequestParts } from './idempotent-request';

function withKeys(...keys: string[]): IncomingMessage {
  return { headersDistinct: keys.length === 0 ? {} : { 'idempotency-key': keys } } as unknown as IncomingMessage;
}

function refusal(request: IncomingMessage): unknown {
  try {
    idempotencyKeyOf(request);
  } catch (error) {
    return error instanceof ProblemError ? [error.code, error.errors] : error;
  }
  throw new Error('expected the key to be refused');
}

describe('idempotencyKeyOf', () => {
  it('is undefined without the header', () => {
    expect(idempotencyKeyOf(withKeys())).toBeUndefined();
  });

  it.each(['a', '0f8fad5b-d9cb-469f-a165-70867728950e', 'order 42: retry #3', '~'.repeat(255)])('takes the key %j', (key) => {
    expect(idempotencyKeyOf(withKeys(key))).toBe(key);
  });

  it.each([
    ['empty', ''],
    ['256 characters long', 'k'.repeat(256)],
    ['not ASCII', 'sleutel-é'],
    ['holding a control character', 'key\u0007'],
  ])('refuses a key that is %s', (_why, key) => {
    expect(refusal(withKeys(key))).toEqual([
      'VALIDATION_FAILED',
      [{ field: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters' }],
    ]);
  });

  it('refuses the header sent twice', () => {
    expect(refusal(withKeys('one', 'two'))).toEqual(['VALIDATION_FAILED', [{ field: 'Idempotency-Key', message: 'must be sent once' }]]);
  });
});

describe('IdempotentRequest', () => {
  const parts: IdempotentRequestParts = { principal: 'registrar@szmh.example', method: 'POST', path: '/api/v1/mandates', key: 'k-1', body: { id: 'm-1' } };

  it('names one stream for the same caller, path and key, whatever the body', () => {
    const one = IdempotentRequest.of(parts);
    const other = IdempotentRequest.of({ ...parts, body: { id: 'm-2' } });
    expect(other.stream).toBe(one.stream);
    expect(other.requestHash).not.toBe(one.requestHash);
  });

  it('names another stream for another caller, path or key', () => {
    const streams = [
      IdempotentRequest.of(parts),
      IdempotentRequest.of({ ...parts, principal: 'someone-else' }),
      IdempotentRequest.of({ ...parts, path: '/api/v1/documents' }),
      IdempotentRequest.of({ ...parts, key: 'k-2' }),
    ].map((request) => request.stream);
    expect(new Set(streams).size).toBe(4);
  });

  it('cannot be confused by moving a separator between the parts', () => {
    const a = IdempotentRequest.of({ ...parts, principal: 'a|POST', key: 'k' });
    const b = IdempotentRequest.of({ ...parts, principal: 'a', key: 'POST|k' });
    expect(a.stream).not.toBe(b.stream);
  });

  it('hides the key and the caller in the stream name', () => {
    const { stream } = IdempotentRequest.of(parts);
    expect(stream).toMatch(/^idempotency-[0-9a-f]{64}$/);
  });

  it('takes a missing body for an empty object, and the same body for the same event ids', () => {
    const empty = IdempotentRequest.of({ ...parts, body: undefined });
    const braces = IdempotentRequest.of({ ...parts, body: {} });
    expect(empty.requestHash).toBe(braces.requestHash);
    expect(empty.identity().eventIdFor(0)).toBe(braces.identity().eventIdFor(0));
  });

  it('gives another body other event ids, so a changed retry is never taken for the first', () => {
    const other = IdempotentRequest.of({ ...parts, body: { id: 'm-2' } });
    expect(other.identity().eventIdFor(0)).not.toBe(IdempotentRequest.of(parts).identity().eventIdFor(0));
  });
});
