import { storageFailureOf, StorageUnavailable } from './storage-failure';

/** An error as a driver throws it: a message and a code. */
const driverError = (code: string, message = `driver says ${code}`) => Object.assign(new Error(message), { code });

describe('storageFailureOf', () => {
  it.each([
    ['SQLITE_CORRUPT', 'damaged'],
    ['SQLITE_CORRUPT_INDEX', 'damaged'],
    ['SQLITE_NOTADB', 'damaged'],
    ['SQLITE_FULL', 'full'],
    ['SQLITE_CANTOPEN', 'gone'],
    ['SQLITE_READONLY_DBMOVED', 'gone'],
    ['SQLITE_IOERR_WRITE', 'unreachable'],
    ['53100', 'full'],
    ['XX001', 'damaged'],
    ['57P01', 'unreachable'],
    ['08006', 'unreachable'],
    ['ECONNREFUSED', 'unreachable'],
    ['EPIPE', 'unreachable'],
    ['ENOSPC', 'full'],
  ])('reads %s as storage that is %s', (code, kind) => {
    expect(storageFailureOf(driverError(code))).toEqual({ kind, message: `driver says ${code}` });
  });

  it('finds the driver error TypeORM wraps as driverError, and one carried as cause', () => {
    const wrapped = Object.assign(new Error('Query failed'), { driverError: driverError('SQLITE_FULL', 'database or disk is full') });
    expect(storageFailureOf(wrapped)).toEqual({ kind: 'full', message: 'database or disk is full' });
    expect(storageFailureOf(new Error('outer', { cause: driverError('57P01') }))?.kind).toBe('unreachable');
  });

  it("reads pg's own words for a lost connection, which carry no code", () => {
    expect(storageFailureOf(new Error('Connection terminated unexpectedly'))?.kind).toBe('unreachable');
  });

  it('answers for its own StorageUnavailable with the kind it names', () => {
    expect(storageFailureOf(new StorageUnavailable('gone', 'register.sqlite was deleted'))).toEqual({ kind: 'gone', message: 'register.sqlite was deleted' });
  });

  it('leaves errors that are not about storage alone: a refused constraint, a syntax error, a plain Error', () => {
    for (const error of [driverError('SQLITE_CONSTRAINT_UNIQUE'), driverError('23505'), driverError('42601'), new Error('boom'), 'text', null]) {
      expect(storageFailureOf(error)).toBeUndefined();
    }
  });
});
