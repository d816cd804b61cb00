/** One event of a mandate's stream, as the history shows it (api.md). */
export interface MandateHistoryEntry {
  readonly position: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly data: unknown;
}
