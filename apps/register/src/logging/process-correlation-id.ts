import { randomUUID } from 'node:crypto';

/** Carried by every log line written outside a request (boot, shutdown, background work) of this process. */
export const PROCESS_CORRELATION_ID = randomUUID();
