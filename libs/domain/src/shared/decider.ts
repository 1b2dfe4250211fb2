/**
 * An aggregate as a pure decider: plain data in, plain data out, no I/O and no clock.
 * The time and the ids a decision needs arrive in the command or the context.
 */
export interface Decider<Command, Event, State> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State, context: DecisionContext): readonly Event[];
}

/** What a decision may know about its surroundings, injected so that `decide` stays pure. */
export interface DecisionContext {
  /** The server's time of the decision, ISO 8601. */
  readonly now: string;
}

/** A domain event as the deciders see it: a type and its data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** Folds a sequence of events into a state. */
export function fold<Event, State>(
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}

/** Makes the compiler point at every switch that misses a case. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
