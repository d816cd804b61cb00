import { Logger } from '@nestjs/common';
import type { EventStore } from '@register/event-store';
import type { ReadSideProgress } from '../read-side/read-side-progress';
import { HEALTH_CHECK_TIMEOUT_MS, HealthCheckService } from './health-check.service';

function storeAt(head: () => Promise<number>): EventStore {
  return { headPosition: head } as Partial<EventStore> as EventStore;
}

function readSideAt(position: number): ReadSideProgress {
  return { caughtUpTo: async () => position };
}

describe('HealthCheckService', () => {
  let warnings: jest.SpyInstance;
  beforeEach(() => {
    warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warnings.mockRestore());

  it('is ready when the read side has reached the head of the log', async () => {
    const health = new HealthCheckService(storeAt(async () => 12), readSideAt(12));
    await expect(health.check()).resolves.toEqual({ ready: true, position: 12 });
    expect(warnings).not.toHaveBeenCalled();
  });

  it('is ready on an empty store, where both are at position 0', async () => {
    const health = new HealthCheckService(storeAt(async () => 0), readSideAt(0));
    await expect(health.check()).resolves.toEqual({ ready: true, position: 0 });
  });

  it('is not ready while the read side is one event behind', async () => {
    const health = new HealthCheckService(storeAt(async () => 12), readSideAt(11));
    await expect(health.check()).resolves.toEqual({ ready: false, reason: 'read side at position 11 of 12' });
    expect(warnings).toHaveBeenCalledWith('Not ready: read side at position 11 of 12');
  });

  it('is not ready when the store fails, and says why', async () => {
    const health = new HealthCheckService(
      storeAt(async () => {
        throw new Error('SQLITE_CANTOPEN');
      }),
      readSideAt(0),
    );
    await expect(health.check()).resolves.toEqual({ ready: false, reason: 'event store unavailable: SQLITE_CANTOPEN' });
  });

  describe('with a store that never answers', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it(`gives up after ${HEALTH_CHECK_TIMEOUT_MS} ms instead of hanging the probe`, async () => {
      const health = new HealthCheckService(storeAt(() => new Promise<number>(() => undefined)), readSideAt(0));
      const report = health.check();
      await jest.advanceTimersByTimeAsync(HEALTH_CHECK_TIMEOUT_MS);
      await expect(report).resolves.toEqual({
        ready: false,
        reason: `event store unavailable: no answer within ${HEALTH_CHECK_TIMEOUT_MS} ms`,
      });
    });
  });
});
