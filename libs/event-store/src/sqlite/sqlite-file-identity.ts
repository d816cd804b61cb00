import { statSync } from 'node:fs';
import { StorageUnavailable } from '../storage-failure';

interface Identity {
  readonly dev: number;
  readonly ino: number;
}

/**
 * The database file and write-ahead log a SQLite connection opened, known by
 * device and inode. A file deleted or replaced under a running connection is
 * one SQLite keeps writing to: the writes succeed in an inode that no path
 * names any more, and the service starts from another file (or none) after a
 * restart, so every write since is lost. Comparing what the path names now
 * with what was opened tells that the file the service will start from no
 * longer holds its writes. (SQLite itself only notices for rollback journals,
 * SQLITE_READONLY_DBMOVED, not in WAL mode.)
 */
export class SqliteFileIdentity {
  private wal: Identity | undefined;

  private constructor(
    private readonly file: string,
    private readonly database: Identity,
  ) {}

  /** The identity of `file` as it is now, right after the connection opened it; none for an in-memory database. */
  static of(file: string): SqliteFileIdentity | undefined {
    if (file === '' || file === ':memory:' || file.startsWith('file::memory:')) return undefined;
    const database = identityOf(file);
    if (database === undefined) throw new StorageUnavailable('gone', `${file} does not exist after it was opened`);
    return new SqliteFileIdentity(file, database);
  }

  /**
   * @throws StorageUnavailable `gone` when the database file or its WAL is
   *   missing or is another file than the one opened. The WAL is known from
   *   the first check that finds it (SQLite creates it after opening and keeps
   *   it while a connection is open).
   */
  verify(): void {
    this.expectSame(this.file, this.database, 'database file');
    const walFile = `${this.file}-wal`;
    if (this.wal === undefined) this.wal = identityOf(walFile);
    else this.expectSame(walFile, this.wal, 'write-ahead log');
  }

  private expectSame(path: string, opened: Identity, what: string): void {
    const now = identityOf(path);
    if (now === undefined) throw new StorageUnavailable('gone', `The ${what} ${path} was deleted while the register had it open`);
    if (now.dev !== opened.dev || now.ino !== opened.ino) {
      throw new StorageUnavailable('gone', `The ${what} ${path} was replaced by another file while the register had it open`);
    }
  }
}

function identityOf(path: string): Identity | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats === undefined ? undefined : { dev: stats.dev, ino: stats.ino };
}
