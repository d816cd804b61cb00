/**
 * How far the read side has folded the global log. The health check compares
 * it with the store's head: the service is only ready when every stored event
 * is visible to queries. The projector provides it (ReadSideModule).
 */
export interface ReadSideProgress {
  /** The global position up to which every read model has applied the log (0: nothing). */
  caughtUpTo(): Promise<number>;
}

export const READ_SIDE_PROGRESS = Symbol('ReadSideProgress');
