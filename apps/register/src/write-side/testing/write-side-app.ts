import type { Server } from 'node:http';
import type { RegisterApplication } from '../../http/http-adapter';
import { EVENT_STORE, type EventStore, type StoredEvent } from '@register/event-store';
import request, { type Response } from 'supertest';
import { createTestApp, makeTempDir, removeTempDir } from '../../../../../test/app/support/test-app';
import { TEST_JWT_SECRET } from '../../../../../test/app/support/test-token';
import type { Role } from '../../auth/authenticated-subject';
import { signSubjectToken } from '../../auth/subject-token.signer';
import { CLOCK } from '../clock';
import { FixedClock } from './fixed-clock';
import { NOW } from './write-side.harness';

export interface Caller {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly municipalities?: readonly string[];
}

const REGISTRAR: Caller = { sub: 'registrar@szmh.example', roles: ['registrar'] };

/**
 * The whole service on a fresh SQLite file, its clock fixed at NOW
 * (2026-11-23), for smoke tests of one context's routes through HTTP.
 */
export class WriteSideApp {
  private constructor(
    private readonly app: RegisterApplication,
    private readonly dataDir: string,
  ) {}

  static async start(): Promise<WriteSideApp> {
    const dataDir = await makeTempDir('write-side-smoke');
    const app = await createTestApp({ REGISTER_DATA_DIR: dataDir }, (builder) => builder.overrideProvider(CLOCK).useValue(new FixedClock(NOW)));
    return new WriteSideApp(app, dataDir);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await removeTempDir(this.dataDir);
  }

  get httpServer(): Server {
    return this.app.getHttpServer() as Server;
  }

  get store(): EventStore {
    return this.app.get<EventStore>(EVENT_STORE);
  }

  async post(path: string, body: object, as: Caller = REGISTRAR, headers: Record<string, string> = {}): Promise<Response> {
    const token = await this.token(as);
    return request(this.httpServer).post(`/api/v1${path}`).set({ ...headers, Authorization: `Bearer ${token}` }).send(body);
  }

  async get(path: string, as: Caller = REGISTRAR): Promise<Response> {
    return request(this.httpServer).get(`/api/v1${path}`).set('Authorization', `Bearer ${await this.token(as)}`);
  }

  /** Posts and insists on 201, for the setup of a test. */
  async created(path: string, body: object): Promise<Response> {
    const response = await this.post(path, body);
    if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response;
  }

  async eventsAfter(position: number): Promise<StoredEvent[]> {
    return this.store.readAll({ fromPosition: position });
  }

  private token(caller: Caller): Promise<string> {
    return signSubjectToken(caller, TEST_JWT_SECRET, { issuedAt: new Date(), expiresInSeconds: 600 });
  }
}
