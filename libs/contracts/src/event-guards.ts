import type { EnvelopeOf, EventEnvelope, EventOfDomain } from './envelope';
import { parseStreamId, type StreamType } from './streams';

/*
 * Guards that type an envelope as the events of one aggregate. They check the stream or
 * the type, not the data: they trust the store, whose streams hold only what their
 * aggregate's decider wrote, raised to the current shape by the upcasters before any
 * reader sees it.
 */

/** The events of the streams of one kind, typed as the events of that kind's aggregate. */
export function isEventOfStream<Event extends EventOfDomain>(type: StreamType) {
  return (envelope: EventEnvelope): envelope is EnvelopeOf<Event> =>
    parseStreamId(envelope.streamId)?.type === type;
}

/** The events of the given types: a type name means one event across the contract. */
export function isEventOfType<Event extends EventOfDomain>(types: readonly Event['type'][]) {
  const wanted: ReadonlySet<string> = new Set(types);
  return (envelope: EventEnvelope): envelope is EnvelopeOf<Event> => wanted.has(envelope.type);
}
