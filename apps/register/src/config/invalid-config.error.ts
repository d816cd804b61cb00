/** One or more environment variables are wrong; the service must not start. */
export class InvalidConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration: ${problems.join('. ')}`);
    this.name = 'InvalidConfigError';
  }
}
