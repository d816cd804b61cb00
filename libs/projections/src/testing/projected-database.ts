import type { StoredEvent } from '@register/event-store';
import type { Projection } from '../runtime/projection';
import { Projector } from '../runtime/projector';
import type { OpenedDatabase, ProjectionTestBackend, ProjectionTestDatabase } from './projection-test-database';

const QUIET = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** A fresh database for each test, with a projector running the given projections on it. */
export interface ProjectedDatabase {
  readonly connection: OpenedDatabase;
  readonly projector: Projector;
  /** Resolves once the projector has applied `event`; fails the test after 10 s. */
  projected(event: StoredEvent): Promise<void>;
}

/** Call inside a `describe`: registers the beforeEach/afterEach that open and close the database. */
export function useProjectedDatabase(backend: ProjectionTestBackend, projections: () => Projection[]): ProjectedDatabase {
  let database: ProjectionTestDatabase;
  const state = {} as { connection: OpenedDatabase; projector: Projector };

  beforeEach(async () => {
    database = await backend.create();
    state.connection = await database.open();
    state.projector = new Projector({ ...state.connection, projections: projections(), logger: QUIET });
    await state.projector.start();
  });

  afterEach(async () => {
    await state.projector.stop();
    await state.connection.close();
    await database.dispose();
  });

  return {
    get connection() {
      return state.connection;
    },
    get projector() {
      return state.projector;
    },
    async projected(event) {
      await expect(state.projector.waitUntilProjected(event.position, 10_000)).resolves.toBe(true);
    },
  };
}

/** An instant 1 ms before `recordedAt`: the register did not know the event yet. */
export function justBefore(recordedAt: string): string {
  return new Date(Date.parse(recordedAt) - 1).toISOString();
}
