import { Logger } from '@nestjs/common';
import { StorageUnavailable } from '@register/event-store';
import { StorageStatus } from './storage-status';

const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('StorageStatus', () => {
  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('remembers a file gone from under the service, and keeps the first failure it saw', () => {
    const status = new StorageStatus();
    status.observe(new StorageUnavailable('gone', 'register.sqlite was deleted'));
    status.observe(sqliteError('SQLITE_CORRUPT', 'database disk image is malformed'));
    expect(status.lastingFailure()).toEqual({ kind: 'gone', message: 'register.sqlite was deleted' });
  });

  it('remembers damage, which does not heal', () => {
    const status = new StorageStatus();
    expect(status.observe(sqliteError('SQLITE_NOTADB', 'file is not a database'))).toEqual({ kind: 'damaged', message: 'file is not a database' });
    expect(status.lastingFailure()?.kind).toBe('damaged');
  });

  it('does not remember a full disk or an unreachable server, which pass by themselves', () => {
    const status = new StorageStatus();
    status.observe(sqliteError('SQLITE_FULL', 'database or disk is full'));
    status.observe(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }));
    expect(status.lastingFailure()).toBeUndefined();
  });

  it('ignores errors that are not about storage', () => {
    const status = new StorageStatus();
    expect(status.observe(sqliteError('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed'))).toBeUndefined();
    expect(status.lastingFailure()).toBeUndefined();
  });
});
