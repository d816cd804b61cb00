/** One check that failed, named by the file it concerns and the check, as `verify` prints it. */
export interface BundleFailure {
  readonly file: string;
  readonly check: string;
  readonly message: string;
}

/** Per file and check, the first few failures are kept and the rest counted, so a mangled file of a million lines stays readable. */
const KEPT_PER_CHECK = 5;

export class BundleFindings {
  private readonly kept: BundleFailure[] = [];
  private readonly counts = new Map<string, number>();

  fail(file: string, check: string, message: string): void {
    const key = `${file}\u0000${check}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count <= KEPT_PER_CHECK) this.kept.push({ file, check, message });
  }

  get failures(): BundleFailure[] {
    const more = [...this.counts].filter(([, count]) => count > KEPT_PER_CHECK);
    return [
      ...this.kept,
      ...more.map(([key, count]) => {
        const [file, check] = key.split('\u0000');
        return { file, check, message: `and ${count - KEPT_PER_CHECK} more like these` };
      }),
    ];
  }
}
