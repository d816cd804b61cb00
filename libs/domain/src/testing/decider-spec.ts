import type { Decider } from '../shared/decider';
import { foldEvents } from '../shared/decider';
import { DomainError } from '../shared/domain.error';
import type { DomainErrorCode } from '../shared/domain.error';

/**
 * given(events).when(command).then(events | errorCode), after emmett's
 * DeciderSpecification: the events are folded into the state the handler would
 * read, and the command is decided against it.
 */
export function deciderSpec<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return {
    given: (events: readonly Event[]) => ({
      when: (command: Command) => outcomeOf(() => decider.decide(command, foldEvents(decider, events))),
    }),
  };
}

/** What a test expects of one event: its type and the fields it is about (the others may be anything). */
type ExpectedEvent<Event> = Event extends { readonly type: infer Type; readonly data: infer Data }
  ? { readonly type: Type; readonly data?: Partial<Data> }
  : never;

function outcomeOf<Event>(run: () => Event[]) {
  return {
    then(expected: readonly Event[]): Event[] {
      const produced = run();
      expect(produced).toEqual(expected);
      return produced;
    },
    /**
     * Asserts that the command is accepted with exactly these events, each of
     * the type given and with at least the data given, and returns them for
     * closer inspection. Naming the events is required: "some event came out"
     * passes for the wrong event too.
     */
    thenAccepts(first: ExpectedEvent<Event>, ...rest: ReadonlyArray<ExpectedEvent<Event>>): Event[] {
      const produced = run();
      expect(produced).toMatchObject([first, ...rest]);
      return produced;
    },
    /** Asserts the refusal's code and returns the error so a test can check its detail. */
    thenRejects(code: DomainErrorCode): DomainError {
      const error = captureError(run);
      expect(error).toBeInstanceOf(DomainError);
      const { code: actual, detail } = error as DomainError;
      expect({ code: actual, detail }).toEqual({ code, detail: expect.any(String) });
      return error as DomainError;
    },
  };
}

/** Runs `action` and returns what it threw; a test that expected a refusal fails on success. */
export function captureError(action: () => unknown): unknown {
  try {
    const result = action();
    return new Error(`Expected a refusal, but the command was accepted with ${JSON.stringify(result)}`);
  } catch (error) {
    return error;
  }
}
