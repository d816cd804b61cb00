/**
 * The position up to which this process knows every projection has committed,
 * with a way to wait for it to move.
 */
export class ProjectedPosition {
  private current = 0;
  private waiters = new Set<() => void>();

  get value(): number {
    return this.current;
  }

  advanceTo(position: number): void {
    if (position > this.current) this.moveTo(position);
  }

  /** Starts over from the database's checkpoint, which a rebuild elsewhere may have put back. */
  restartAt(position: number): void {
    this.moveTo(position);
  }

  private moveTo(position: number): void {
    this.current = position;
    const waiting = this.waiters;
    this.waiters = new Set();
    for (const wake of waiting) wake();
  }

  /** Resolves on the next advance, or after `ms`. */
  changeWithin(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }
}
