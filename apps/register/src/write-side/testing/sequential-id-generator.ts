import type { IdGenerator } from '../id-generator';

/** `generated-1`, `generated-2`, ...: ids a test can predict. */
export class SequentialIdGenerator implements IdGenerator {
  private next = 1;

  constructor(private readonly prefix = 'generated') {}

  newId(): string {
    return `${this.prefix}-${this.next++}`;
  }
}
