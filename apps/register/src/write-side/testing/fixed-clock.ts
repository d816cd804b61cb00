import type { Clock } from '../clock';
import { calendarDateIn } from '../clock';

/** A clock stopped at one instant; `today()` follows it in Europe/Amsterdam, as the real one does. */
export class FixedClock implements Clock {
  constructor(private instant: Date) {}

  now(): Date {
    return new Date(this.instant);
  }

  today(): string {
    return calendarDateIn(this.instant);
  }

  set(instant: Date): void {
    this.instant = instant;
  }
}
