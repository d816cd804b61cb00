import { Logger } from '@nestjs/common';
import { type EventStore, StorageUnavailable } from '@register/event-store';
import type { ReadSideProgress } from '../read-side/read-side-progress';
import { StorageStatus } from '../storage/storage-status';
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
    await expect(health.check()).resolves.toEqual({ ready: false, code: 'NOT_READY', reason: 'read side at position 11 of 12' });
    expect(warnings).toHaveBeenCalledWith('Not ready: read side at position 11 of 12');
  });

  it('is not ready when the store fails, and says why', async () => {
    const health = new HealthCheckService(
      storeAt(async () => {
        throw new Error('SQLITE_CANTOPEN');
      }),
      readSideAt(0),
    );
    await expect(health.check()).resolves.toEqual({ ready: false, code: 'STORAGE_UNAVAILABLE', reason: 'event store unavailable: SQLITE_CANTOPEN' });
  });

  it('names the storage failure when the store says its file is gone', async () => {
    const gone = new StorageUnavailable('gone', 'The database file /data/register.sqlite was deleted while the register had it open');
    const health = new HealthCheckService(storeAt(async () => Promise.reject(gone)), readSideAt(0));
    await expect(health.check()).resolves.toEqual({ ready: false, code: 'STORAGE_UNAVAILABLE', reason: `storage gone: ${gone.message}` });
  });

  it('stays unavailable once a request found the database damaged, though the head still answers', async () => {
    const storage = new StorageStatus();
    const health = new HealthCheckService(storeAt(async () => 12), readSideAt(12), storage);
    await expect(health.check()).resolves.toEqual({ ready: true, position: 12 });
    storage.observe(Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' }));
    await expect(health.check()).resolves.toEqual({ ready: false, code: 'STORAGE_UNAVAILABLE', reason: 'storage damaged: database disk image is malformed' });
  });

  it('forgets a full disk: the next check asks the store again', async () => {
    const storage = new StorageStatus();
    storage.observe(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
    await expect(new HealthCheckService(storeAt(async () => 3), readSideAt(3), storage).check()).resolves.toEqual({ ready: true, position: 3 });
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
        code: 'STORAGE_UNAVAILABLE',
        reason: `event store unavailable: no answer within ${HEALTH_CHECK_TIMEOUT_MS} ms`,
      });
    });
  });
});
