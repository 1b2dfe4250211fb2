import type { EventEnvelope, StreamPosition } from '@pb/contracts';
import type { CollectionSpec, ViewDocument } from './read-model-store.port';

/** The fields every entity read model carries for the projector. */
export interface EntityDocument extends ViewDocument {
  /** The last position of its source stream applied to this document. */
  readonly _position: StreamPosition;
}

/**
 * A level-1 read model: one document per thing, built from the events of one kind of
 * stream. `apply` is pure; it never rejects an event on business grounds.
 */
export interface EntityProjection<
  Doc extends EntityDocument = EntityDocument,
  Event extends EventEnvelope = EventEnvelope,
> {
  readonly spec: CollectionSpec;
  /**
   * One new document per event, never read back to apply the next (the audit trail):
   * the projector writes it without reading it first. Written again for an event
   * delivered again, it is the same document, so a refusal is taken as already done.
   */
  readonly documentPerEvent?: boolean;
  /** Whether the projection reads the event; types it as one of the events it knows. */
  handles(event: EventEnvelope): event is Event;
  /** The document an event updates. */
  documentId(event: Event): string;
  /** The new document (without `_version` and `_position`, which the projector sets). */
  apply(doc: Doc | null, event: Event): Omit<Doc, '_version' | '_position'> | null;
}
