import type { Server } from 'node:http';
import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { EVENT_STORE, type EventStore, type StoredEvent } from '@register/event-store';
import { RegisterClient } from './register-client';
import { STORE_BACKENDS, type StoreBackend, type TestStorage } from './store-backends';
import { seedSzmhParties } from './szmh-parties.fixture';

export interface LogSnapshot {
  readonly head: number;
  readonly events: readonly StoredEvent[];
}

/** One test app on one backend, with the SZMH parties recorded through the API. */
export class SeededRegister {
  private storage: TestStorage | undefined;
  private app: RegisterApplication | undefined;
  private registerClient: RegisterClient | undefined;

  constructor(readonly backend: StoreBackend) {}

  async start(options: { seed: boolean } = { seed: true }): Promise<void> {
    this.storage = await this.backend.createStorage();
    await this.open();
    if (options.seed) await seedSzmhParties(this.client);
  }

  /** Closes the service and starts it again on the same data, as after a crash or a deploy. */
  async restart(): Promise<void> {
    await this.app?.close();
    await this.open();
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.storage?.dispose();
  }

  get client(): RegisterClient {
    if (!this.registerClient) throw new Error('the register has not started: call start() in beforeAll');
    return this.registerClient;
  }

  get store(): EventStore {
    return this.application.get<EventStore>(EVENT_STORE);
  }

  /** The running test app, for what a test reads from the service itself (its log key, its DataSource). */
  get application(): RegisterApplication {
    if (!this.app) throw new Error('the register has not started: call start() in beforeAll');
    return this.app;
  }

  /** The whole event log: a rejected command must leave it exactly as it was. */
  async logSnapshot(): Promise<LogSnapshot> {
    return { head: await this.store.headPosition(), events: await this.store.readAll() };
  }

  private async open(): Promise<void> {
    if (!this.storage) throw new Error('no storage');
    this.app = await this.storage.open();
    this.registerClient = await RegisterClient.for(this.app.getHttpServer() as Server);
  }
}

const START_TIMEOUT_MS = 120_000;

/**
 * Declares the same tests once per store backend (SQLite, PostgreSQL), each
 * group with a register of its own, started and seeded before its tests.
 */
export function describeOnEveryStore(
  title: string,
  tests: (register: SeededRegister) => void,
  options: { seed: boolean } = { seed: true },
): void {
  describe.each(STORE_BACKENDS)(`${title} (on $name)`, (backend) => {
    const register = new SeededRegister(backend);
    beforeAll(() => register.start(options), START_TIMEOUT_MS);
    afterAll(() => register.stop(), START_TIMEOUT_MS);
    tests(register);
  });
}
