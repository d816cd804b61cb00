/**
 * The shape every aggregate of the register exports (emmett's Decider): a
 * handler folds `evolve` over the stream from `initialState`, calls `decide`,
 * and appends what it returns. `decide` throws a DomainError to refuse.
 */
export interface Decider<Command, Event, State> {
  readonly initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
}

/** Folds a stream's events into the aggregate's state, as a handler does after reading it. */
export function foldEvents<Command, Event, State>(
  decider: Decider<Command, Event, State>,
  events: readonly Event[],
): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState);
}
