/** Redrawing more often than this only costs the terminal time. */
const REDRAW_MS = 100;
const WIDTH = 30;

/**
 * One line on a terminal that shows how far a long command is:
 * `controleren [##########....................]  340/1000`. Only for a
 * terminal: written into a pipe or a file it would be noise.
 */
export class ProgressBar {
  private drawnAt = Number.NEGATIVE_INFINITY;
  private drawn = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  update(label: string, done: number, total: number): void {
    const at = this.now();
    if (done < total && at - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = at;
    const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
    const count = `${String(done).padStart(String(total).length)}/${total}`;
    this.write(`\r${label.padEnd(12)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count}\u001b[K`);
    this.drawn = true;
  }

  /** Clears the line, so what the command prints next starts at its beginning. */
  finish(): void {
    if (this.drawn) this.write('\r\u001b[K');
    this.drawn = false;
  }
}
