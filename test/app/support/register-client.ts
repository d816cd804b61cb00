import type { Server } from 'node:http';
import request, { type Response } from 'supertest';
import { signTestToken, TEST_SUBJECTS, type TestRole } from './test-token';

export const API = '/api/v1';

/** Who sends a request: a role of TEST_SUBJECTS, no token at all, or a raw Authorization value. */
export type Caller = TestRole | 'anonymous' | { readonly authorization: string };

export interface RequestOptions {
  readonly as?: Caller;
  readonly idempotencyKey?: string;
  readonly correlationId?: string;
  /** The media type asked for, e.g. `text/csv`. */
  readonly accept?: string;
}

/** A client of the HTTP contract: paths are relative to /api/v1, the default caller is the registrar. */
export class RegisterClient {
  private constructor(
    private readonly server: Server,
    private readonly tokens: ReadonlyMap<TestRole, string>,
  ) {}

  static async for(server: Server): Promise<RegisterClient> {
    const roles = Object.keys(TEST_SUBJECTS) as TestRole[];
    const signed = await Promise.all(roles.map((role) => signTestToken(TEST_SUBJECTS[role])));
    return new RegisterClient(server, new Map(roles.map((role, i) => [role, signed[i]])));
  }

  post(path: string, body: unknown, options: RequestOptions = {}): Promise<Response> {
    return this.withHeaders(request(this.server).post(`${API}${path}`), options).send(body as object);
  }

  /** A POST whose body is sent byte for byte, for malformed JSON and other content types. */
  postRaw(path: string, text: string | Buffer, contentType: string, options: RequestOptions = {}): Promise<Response> {
    return this.withHeaders(request(this.server).post(`${API}${path}`), options).set('Content-Type', contentType).send(text);
  }

  get(path: string, options: RequestOptions = {}): Promise<Response> {
    return this.withHeaders(request(this.server).get(`${API}${path}`), options);
  }

  health(): Promise<Response> {
    return request(this.server).get('/health');
  }

  private withHeaders(test: request.Test, options: RequestOptions): request.Test {
    const authorization = this.authorization(options.as ?? 'registrar');
    if (authorization) test.set('Authorization', authorization);
    if (options.idempotencyKey) test.set('Idempotency-Key', options.idempotencyKey);
    if (options.correlationId) test.set('X-Correlation-Id', options.correlationId);
    if (options.accept) test.set('Accept', options.accept);
    return test;
  }

  private authorization(caller: Caller): string | undefined {
    if (caller === 'anonymous') return undefined;
    if (typeof caller === 'object') return caller.authorization;
    return `Bearer ${this.tokens.get(caller)}`;
  }
}
