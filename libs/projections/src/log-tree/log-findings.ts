/** What a check of the log against its tree found wrong, first one first. */
export interface LogFinding {
  /** leaf: an event against its leaf; tree: a stored node against the one the events give; checkpoint: a signed checkpoint against the tree. */
  readonly check: 'leaf' | 'tree' | 'checkpoint';
  /** The position of the event concerned, when the finding is about one. */
  readonly position?: number;
  readonly message: string;
}

/** Most findings of one check kept for the report; the rest are counted. */
const KEPT_PER_CHECK = 10;

/** Findings in the order found, a few of each check, and how many there were in all. */
export class LogFindings {
  private readonly kept: LogFinding[] = [];
  private readonly counts = new Map<LogFinding['check'], number>();

  add(finding: LogFinding): void {
    const count = (this.counts.get(finding.check) ?? 0) + 1;
    this.counts.set(finding.check, count);
    if (count <= KEPT_PER_CHECK) this.kept.push(finding);
  }

  get any(): boolean {
    return this.kept.length > 0;
  }

  get list(): readonly LogFinding[] {
    return this.kept;
  }

  /** Findings of each check beyond those kept. */
  get unlisted(): number {
    return [...this.counts.values()].reduce((sum, count) => sum + Math.max(0, count - KEPT_PER_CHECK), 0);
  }
}
