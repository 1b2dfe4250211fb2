import { buildEnvelopes, type EnvelopeOf, type EventOfDomain } from '@pb/contracts';
import type { EntityDocument, EntityProjection } from '../projection';

/**
 * Applies the events to one stream's document, a commit each as the projector would,
 * the nth recorded on the first of month n of 2026 at 08:00 UTC.
 */
export function projectEvents<Doc extends EntityDocument, Event extends EventOfDomain>(
  projection: EntityProjection<Doc, EnvelopeOf<Event>>,
  streamId: string,
  events: readonly Event[],
): Doc | null {
  let doc: Doc | null = null;
  events.forEach((event, index) => {
    const seq = index + 1;
    const at = `2026-${String(seq).padStart(2, '0')}-01T08:00:00.000Z`;
    const commit = { streamId, seq, occurredAt: at, recordedAt: at, actor: 'office' };
    const ids = { correlationId: 'c', causationId: 'c', federationId: 'f', commandId: `c${seq}` };
    const [envelope] = buildEnvelopes([event], { ...commit, ...ids }, () => `e${seq}`);
    // buildEnvelopes types the envelope by the union; it is the envelope of this one event.
    const next = projection.apply(doc, envelope as EnvelopeOf<Event>);
    doc = next && ({ ...next, _version: seq, _position: { seq, index: 0 } } as Doc);
  });
  return doc;
}
