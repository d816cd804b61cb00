import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@register/event-store';

/** One event to append to one stream at one revision; the raw references insert exactly these rows. */
export interface PlannedEvent {
  readonly stream: string;
  readonly revision: number;
  readonly event: NewEvent;
}

const MANDATORS = ['gemeente-0344', 'gemeente-0307', 'gemeente-0355', 'gemeente-0356', 'gemeente-0589'];
const ROLES = ['teamleider-inkomen', 'consulent-schuldhulp', 'casemanager-wmo', 'beleidsmedewerker'];

/**
 * A mandate-granted event as the register writes it (the mandate's id is in
 * the stream name): about 300 bytes of JSON in data and metadata together,
 * fresh ids every call so no append is ever mistaken for an idempotent retry.
 */
function mandateGranted(index: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'mandate-granted',
    data: {
      mandator: MANDATORS[index % MANDATORS.length],
      mandatary: { participantId: `deelnemer-${String(index % 997).padStart(4, '0')}`, role: ROLES[index % ROLES.length] },
      subject: 'Besluiten op aanvragen bijzondere bijstand',
      maxAmount: 5000 + (index % 20) * 250,
      validFrom: '2025-01-01',
      validUntil: '2027-12-31',
    },
    metadata: { correlationId: randomUUID(), actor: `medewerker-${String(index % 61).padStart(3, '0')}` },
  };
}

/**
 * `streams` new streams of `perStream` events each, in append order. A fresh
 * stream per append matches the benchmarks' `no-stream` appends.
 */
export function planEvents(streams: number, perStream: number, prefix = 'mandate'): PlannedEvent[] {
  const planned: PlannedEvent[] = [];
  for (let s = 0; s < streams; s += 1) {
    const stream = `${prefix}-${randomUUID()}`;
    for (let revision = 0; revision < perStream; revision += 1) {
      planned.push({ stream, revision, event: mandateGranted(planned.length) });
    }
  }
  return planned;
}

/** Average JSON size of data plus metadata, shown in the report so "300 bytes" stays checked. */
export function averagePayloadBytes(sample: readonly PlannedEvent[]): number {
  let total = 0;
  for (const { event } of sample) {
    total += Buffer.byteLength(JSON.stringify(event.data)) + Buffer.byteLength(JSON.stringify(event.metadata ?? {}));
  }
  return Math.round(total / Math.max(sample.length, 1));
}

/** Work cut into slices that a comparison times one by one, interleaved with the other side's. */
export interface SlicedPlan<Slice> {
  readonly slices: readonly Slice[];
  /** Events in all slices together. */
  readonly count: number;
}

/**
 * Cuts the plan into `slices` slices whose sizes are multiples of `align`, so
 * a slice never splits one stream's batch or one reference transaction.
 */
export function sliced(planned: readonly PlannedEvent[], slices: number, align = 1): SlicedPlan<PlannedEvent[]> {
  const size = Math.max(align, Math.ceil(planned.length / slices / align) * align);
  const out: PlannedEvent[][] = [];
  for (let start = 0; start < planned.length; start += size) out.push(planned.slice(start, start + size));
  return { slices: out, count: planned.length };
}

/** Concurrent writers' plans cut in step: slice i holds every writer's i-th part. */
export function slicedWriters(writers: readonly PlannedEvent[][], slices: number): SlicedPlan<PlannedEvent[][]> {
  const perWriter = writers.map((planned) => sliced(planned, slices).slices);
  const out = perWriter[0].map((_, i) => perWriter.map((parts) => parts[i]));
  return { slices: out, count: writers.reduce((sum, planned) => sum + planned.length, 0) };
}
