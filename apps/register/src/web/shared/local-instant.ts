import { REGISTER_TIME_ZONE } from '../../write-side/clock';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant from a page field: an ISO-8601 instant with a zone (a pasted
 * link), or what `<input type="datetime-local">` sends, read as Dutch time,
 * because that is the clock the user reads. Undefined when it is neither.
 */
export function instantFromField(value: string): string | undefined {
  if (WITH_ZONE.test(value)) {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  }
  const match = LOCAL.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second = '0', fraction = '0'] = match.slice(1).map((part) => part ?? undefined) as string[];
  const wall = Date.UTC(+year!, +month! - 1, +day!, +hour!, +minute!, +second, +fraction.padEnd(3, '0'));
  const back = new Date(wall);
  if (back.getUTCDate() !== +day! || back.getUTCHours() !== +hour!) return undefined;
  // Dutch time is UTC+1 or +2: subtract the offset that holds at that moment (asked twice, for the hour of the switch).
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess)).toISOString();
}

/** The `YYYY-MM-DDTHH:mm:ss` Dutch wall-clock time of an instant, for a datetime-local field's value. */
export function fieldValueOfInstant(instant: string): string {
  return LOCAL_FIELD.format(new Date(instant)).replace(' ', 'T');
}

// Made once: building an Intl formatter costs more than a page's own queries (bench: web.authority).
const LOCAL_FIELD = new Intl.DateTimeFormat('sv-SE', {
  timeZone: REGISTER_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

function offsetAt(utc: number): number {
  const local = fieldValueOfInstant(new Date(utc).toISOString());
  return Date.parse(`${local}Z`) - Math.floor(utc / 1000) * 1000;
}
