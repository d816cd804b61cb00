import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { ProblemError } from '../http/problem/problem.error';
import { IdempotentRequest } from '../idempotency/idempotent-request';
import { ReadSideLaggingError } from '../write-side/read-side-lagging.error';
import type { WriteOrigin } from '../write-side/write-origin';
import { WritePipeline } from '../write-side/write-pipeline';
import type { DemoOutcome } from './demo-outcome';
import type { DemoStep } from './demo-step';
import { szmhDemoSteps } from './szmh-demo.data';

/** `recordedBy` of every demo event: what the history shows instead of a person. */
const DEMO_SUBJECT = 'demo';
/** A batch job may wait longer for the read side than a client of the API would. */
const PROJECTION_TIMEOUT_MS = 60_000;
/** The scope of the demo's idempotency keys, as if each step were a POST of its own. */
const DEMO_SCOPE = { method: 'POST', path: '/demo/szmh' };

export interface DemoLoaderParts {
  readonly pipeline: WritePipeline;
  readonly store: EventStore;
}

/**
 * Writes the demo through the WritePipeline, as the HTTP controllers do, so
 * every rule and read model sees it exactly as it would see a client's writes.
 *
 * Each step is a write under an idempotency key of its own, in the same
 * ledger that makes HTTP retries safe: a step already answered is replayed
 * (and counts as loaded before), a step that wrote and then crashed is
 * recognised by its event ids (derived from the step's key, so the same on
 * every run and in every release) and answered from what it wrote. Hence:
 *   - a second run writes nothing and reports the demo as already loaded;
 *   - a run after a crash half-way writes only the missing steps;
 *   - a register holding anything else (no ledger entry for the first step,
 *     yet a non-empty log) is refused, so the demo never mixes into real data;
 *   - a step whose data changed since it was loaded (another version of the
 *     demo) stops the run with the step named, instead of writing a hybrid.
 * A step is answered only once the read side has passed it, as a 201 is,
 * because later steps' rules read the participants read model.
 */
export class DemoLoader {
  constructor(
    private readonly parts: DemoLoaderParts,
    private readonly steps: readonly DemoStep[] = szmhDemoSteps(),
  ) {}

  /** The loader over the services of a built application (the service or the command line). */
  static from(app: INestApplicationContext, steps?: readonly DemoStep[]): DemoLoader {
    const find = { strict: false };
    return new DemoLoader({ pipeline: app.get(WritePipeline, find), store: app.get<EventStore>(EVENT_STORE, find) }, steps);
  }

  async load(): Promise<DemoOutcome> {
    const head = await this.parts.store.headPosition();
    if (head > 0 && !(await this.demoStarted())) return { kind: 'refused', head };
    const correlationId = `demo-${randomUUID()}`;
    let written = 0;
    for (const step of this.steps) {
      if (await this.runStep(step, correlationId)) written += 1;
    }
    return this.outcome(written, await this.parts.store.headPosition());
  }

  private outcome(written: number, position: number): DemoOutcome {
    const steps = this.steps.length;
    if (written === 0) return { kind: 'already-loaded', steps };
    if (written === steps) return { kind: 'loaded', steps, position };
    return { kind: 'completed', written, alreadyLoaded: steps - written, position };
  }

  /** Every run claims the first step's key before it writes anything, so its ledger stream tells a demo register from another. */
  private async demoStarted(): Promise<boolean> {
    const [first] = this.steps;
    if (first === undefined) return false;
    const request = IdempotentRequest.of({ principal: DEMO_SUBJECT, ...DEMO_SCOPE, key: first.key, body: first.data });
    return (await this.parts.store.readStream(request.stream)).length > 0;
  }

  /** True once the step is written and projected; false when it was answered before. */
  private async runStep(step: DemoStep, correlationId: string): Promise<boolean> {
    // Event ids named by the step's key alone, the same on every machine and run (the ledger guards the data); a
    // guessable seed is harmless here, since no client can choose the ids of the events it causes.
    const idempotency = { key: step.key, scope: DEMO_SCOPE, body: step.data, eventIdSeed: `demo:${step.key}` };
    const origin: WriteOrigin = { principal: DEMO_SUBJECT, correlationId, idempotency };
    try {
      const answer = await step.send(this.parts.pipeline, origin, { readSideTimeoutMs: PROJECTION_TIMEOUT_MS });
      return answer.kind === 'written';
    } catch (error) {
      throw new DemoStepError(step.key, error);
    }
  }
}

/** Names the step that failed and, for a refused command, the rule's code. */
class DemoStepError extends Error {
  constructor(
    readonly step: string,
    cause: unknown,
  ) {
    super(`demo step ${step}: ${describe(cause)}`, { cause });
    this.name = 'DemoStepError';
  }
}

function describe(error: unknown): string {
  if (error instanceof ReadSideLaggingError) {
    return `the read side did not reach position ${error.position} within ${error.timeoutMs / 1000} s; run the demo again`;
  }
  if (error instanceof ProblemError && error.code === 'IDEMPOTENCY_KEY_REUSED') {
    return 'the register holds this step with other data, loaded by another version of the demo; load the demo into an empty register';
  }
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message;
}
