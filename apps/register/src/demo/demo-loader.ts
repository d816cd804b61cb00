import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { Projector } from '@register/projections';
import { ProblemError } from '../http/problem/problem.error';
import { IdempotencyContext } from '../idempotency/idempotency.context';
import { IdempotencyLedger } from '../idempotency/idempotency-ledger';
import { IdempotentRequest } from '../idempotency/idempotent-request';
import { RequestIdentity } from '../idempotency/request-identity';
import { CommandMetadataFactory } from '../write-side/command-metadata.factory';
import type { DemoOutcome } from './demo-outcome';
import type { DemoStep } from './demo-step';
import { szmhDemoSteps } from './szmh-demo.data';

/** `recordedBy` of every demo event: what the history shows instead of a person. */
export const DEMO_SUBJECT = 'demo';
/** A batch job may wait longer for the read side than a client of the API would. */
const PROJECTION_TIMEOUT_MS = 60_000;

export interface DemoLoaderParts {
  readonly commandBus: CommandBus;
  readonly ledger: IdempotencyLedger;
  readonly context: IdempotencyContext;
  readonly metadata: CommandMetadataFactory;
  readonly projector: Pick<Projector, 'waitUntilProjected'>;
  readonly store: EventStore;
}

/**
 * Writes the demo through the command bus, as the HTTP controllers do, so
 * every rule and read model sees it exactly as it would see a client's writes.
 *
 * Each step is treated as a POST under an Idempotency-Key of its own, in the
 * same ledger that makes HTTP retries safe (apps/register/src/idempotency):
 * a step already answered is skipped, a step that wrote and then crashed is
 * recognised by its event ids (derived from the step's key, so the same on
 * every run) and answered from what it wrote. Hence:
 *   - a second run writes nothing and reports the demo as already loaded;
 *   - a run after a crash half-way writes only the missing steps;
 *   - a register holding anything else (no ledger entry for the first step,
 *     yet a non-empty log) is refused, so the demo never mixes into real data;
 *   - a step whose data changed since it was loaded (another version of the
 *     demo) stops the run with the step named, instead of writing a hybrid.
 * A step is recorded as answered only once the read side has passed it, as
 * a 201 is, because later steps' rules read the participants read model.
 */
export class DemoLoader {
  constructor(
    private readonly parts: DemoLoaderParts,
    private readonly steps: readonly DemoStep[] = szmhDemoSteps(),
  ) {}

  /** The loader over the services of a built application (the service or the command line). */
  static from(app: INestApplicationContext, steps?: readonly DemoStep[]): DemoLoader {
    return new DemoLoader(DemoLoader.partsOf(app), steps);
  }

  static partsOf(app: INestApplicationContext): DemoLoaderParts {
    const find = { strict: false };
    return {
      commandBus: app.get(CommandBus, find),
      ledger: app.get(IdempotencyLedger, find),
      context: app.get(IdempotencyContext, find),
      metadata: app.get(CommandMetadataFactory, find),
      projector: app.get(Projector, find),
      store: app.get<EventStore>(EVENT_STORE, find),
    };
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

  /** Every run claims the first step before it writes anything, so its ledger stream tells a demo register from another. */
  private async demoStarted(): Promise<boolean> {
    const [first] = this.steps;
    return first !== undefined && (await this.parts.store.readStream(requestFor(first).stream)).length > 0;
  }

  /** True once the step is written and projected; false when it was answered before. */
  private async runStep(step: DemoStep, correlationId: string): Promise<boolean> {
    const request = requestFor(step);
    const { ledger, context, metadata, commandBus, projector } = this.parts;
    try {
      if ((await ledger.begin(request)).kind === 'replay') return false;
      // Ids named by the step's key alone, the same on every machine and run (the ledger guards the body); a
      // guessable seed is harmless here, since no client can choose the ids of the events it causes.
      const identity = RequestIdentity.derivedFrom(`demo:${step.key}`, () => ledger.reserve(request, correlationId));
      const command = step.command(context.run(identity, () => metadata.create(DEMO_SUBJECT, correlationId)));
      const result = await commandBus.execute(command);
      if (!(await projector.waitUntilProjected(result.position, PROJECTION_TIMEOUT_MS))) {
        throw new Error(`the read side did not reach position ${result.position} within ${PROJECTION_TIMEOUT_MS / 1000} s; run the demo again`);
      }
      await ledger.complete(request, { status: 201, body: { ...result } }, correlationId);
      return true;
    } catch (error) {
      throw new DemoStepError(step.key, error);
    }
  }
}

/** A step as the ledger sees it: a POST by DEMO_SUBJECT with the step's key as its Idempotency-Key. */
function requestFor(step: DemoStep): IdempotentRequest {
  return IdempotentRequest.of({ principal: DEMO_SUBJECT, method: 'POST', path: '/demo/szmh', key: step.key, body: step.data });
}

/** Names the step that failed and, for a refused command, the rule's code. */
export class DemoStepError extends Error {
  constructor(
    readonly step: string,
    cause: unknown,
  ) {
    super(`demo step ${step}: ${describe(cause)}`, { cause });
    this.name = 'DemoStepError';
  }
}

function describe(error: unknown): string {
  if (error instanceof ProblemError && error.code === 'IDEMPOTENCY_KEY_REUSED') {
    return 'the register holds this step with other data, loaded by another version of the demo; load the demo into an empty register';
  }
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message;
}
