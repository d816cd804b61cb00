/** What every write answers (api.md): the id of what it wrote and the global position of its last event. */
export interface WriteResult {
  readonly id: string;
  readonly position: number;
}
