/**
 * Runs async work strictly one after another. On SQLite the projector's
 * transactions and lease statements share the store's single connection, where
 * a second BEGIN would become a savepoint of the first: they must never overlap.
 */
export class OneAtATime {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
