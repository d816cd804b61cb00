/** What the projector logs through: Nest's `Logger` fits, and so does the command line's stderr writer. */
export interface ProjectorLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
