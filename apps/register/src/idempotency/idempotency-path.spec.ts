import type { FastifyRequest } from 'fastify';
import { idempotencyPathOf } from './idempotency-path';

type RequestParts = Pick<FastifyRequest, 'routeOptions' | 'params' | 'originalUrl'>;

const matched = (route: string | undefined, params: Record<string, string>, originalUrl: string): RequestParts =>
  ({ routeOptions: { url: route }, params, originalUrl }) as unknown as RequestParts;

describe('idempotencyPathOf', () => {
  it('is the matched route, not the spelling: /API/V1/Documents/ and /api/v1/documents are one path', () => {
    const spellings = ['/api/v1/documents', '/api/v1/documents/', '/API/V1/documents', '/api/v1/Documents?x=1'];
    const paths = spellings.map((url) => idempotencyPathOf(matched('/api/v1/documents', {}, url)));
    expect(new Set(paths)).toEqual(new Set(['/api/v1/documents']));
  });

  it('fills in the parameters as the router decoded them, so the canonical spelling keeps its old scope', () => {
    const request = matched('/api/v1/mandates/:id/revocations', { id: 'mandate-gm0938-2026' }, '/API/v1/mandates/mandate-gm0938-2026/Revocations/');
    expect(idempotencyPathOf(request)).toBe('/api/v1/mandates/mandate-gm0938-2026/revocations');
  });

  it('keeps the letter case of a parameter: documents doc-A and doc-a are different records', () => {
    const upper = idempotencyPathOf(matched('/api/v1/documents/:id/publications', { id: 'doc-A' }, '/api/v1/documents/doc-A/publications'));
    const lower = idempotencyPathOf(matched('/api/v1/documents/:id/publications', { id: 'doc-a' }, '/api/v1/documents/doc-a/publications'));
    expect(upper).not.toBe(lower);
  });

  it('encodes a slash inside a parameter again, so it cannot spell the path of another route', () => {
    const crafted = matched('/api/v1/documents/:id/publications', { id: 'x/amendments/y' }, '/api/v1/documents/x%2Famendments%2Fy/publications');
    const other = matched('/api/v1/documents/:id/amendments/:amendmentId/publications', { id: 'x', amendmentId: 'y' }, '/api/v1/documents/x/amendments/y/publications');
    expect(idempotencyPathOf(crafted)).toBe('/api/v1/documents/x%2Famendments%2Fy/publications');
    expect(idempotencyPathOf(crafted)).not.toBe(idempotencyPathOf(other));
  });

  it('falls back to the path without its query where no route matched', () => {
    expect(idempotencyPathOf(matched(undefined, {}, '/api/v1/nowhere?x=1'))).toBe('/api/v1/nowhere');
  });
});
