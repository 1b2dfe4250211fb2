import { comparePositions, upcast, type EventEnvelope, type StreamPosition } from '@pb/contracts';
import type { EventStore } from '@pb/event-store';
import type { EntityDocument, EntityProjection } from './projection';
import type { ReadModelStore, ViewDocument } from './read-model-store.port';

/** Where the projector stands in one source stream. */
interface StreamCheckpoint extends ViewDocument {
  readonly seq: number;
  readonly index: number;
}

const CHECKPOINTS = 'stream_positions';
const START: StreamPosition = { seq: 0, index: -1 };

/** Something rebuilt after every batch from the level-1 documents, such as the status views. */
export interface BatchFollower {
  init(): Promise<void>;
  recompute(events: readonly EventEnvelope[]): Promise<void>;
}

/** A concurrent writer (another projector instance) changed a document under us. */
export class ProjectionWriteConflict extends Error {
  constructor(collection: string, id: string) {
    super(
      `read model ${collection}/${id} was written concurrently; the batch will be applied again`,
    );
  }
}

/**
 * Applies batches of events to the level-1 read models, exactly once in effect:
 * an event at or below a stream's last applied position is a duplicate and is skipped;
 * an event past the next expected one reveals a gap, which is filled from the event
 * store first. Documents are written by compare-and-set on their version.
 */
export class Projector {
  private applied = 0;

  constructor(
    private readonly views: ReadModelStore,
    private readonly store: EventStore,
    private readonly projections: readonly EntityProjection[],
    /** Views recomputed after each batch from the documents the batch wrote (level 2). */
    private readonly followers: readonly BatchFollower[] = [],
  ) {}

  /** Events applied since start, duplicates excluded. */
  get appliedCount(): number {
    return this.applied;
  }

  async init(): Promise<void> {
    await this.views.ensureCollection({ name: CHECKPOINTS, indexes: [] });
    for (const projection of this.projections) await this.views.ensureCollection(projection.spec);
    for (const follower of this.followers) await follower.init();
  }

  /**
   * Applies a batch as published: events of older schema versions are upcast here, so
   * the projections only ever see the current shape whatever the transport carried.
   */
  async handle(published: readonly EventEnvelope[]): Promise<void> {
    const events = published.map(upcast);
    const byStream = new Map<string, EventEnvelope[]>();
    for (const event of events) {
      const list = byStream.get(event.streamId) ?? [];
      list.push(event);
      byStream.set(event.streamId, list);
    }
    for (const [streamId, streamEvents] of byStream)
      await this.handleStream(streamId, streamEvents);
    for (const follower of this.followers) await follower.recompute(events);
  }

  private async handleStream(streamId: string, events: readonly EventEnvelope[]): Promise<void> {
    const checkpoint = await this.views.get<StreamCheckpoint>(CHECKPOINTS, streamId);
    let position: StreamPosition = checkpoint
      ? { seq: checkpoint.seq, index: checkpoint.index }
      : START;
    const batch = new DocumentBatch(this.views);
    for (const event of [...events].sort(comparePositions)) {
      if (comparePositions(event, position) <= 0) continue;
      if (!isNext(position, event)) {
        for (const missing of await this.readGap(streamId, position, event))
          await this.apply(batch, missing);
      }
      await this.apply(batch, event);
      position = { seq: event.seq, index: event.index };
    }
    await batch.flush();
    if (!checkpoint || comparePositions(position, checkpoint) > 0) {
      const next: StreamCheckpoint = {
        _id: streamId,
        _version: (checkpoint?._version ?? 0) + 1,
        ...position,
      };
      if (!(await this.views.putIfVersion(CHECKPOINTS, next, checkpoint?._version ?? null)))
        throw new ProjectionWriteConflict(CHECKPOINTS, streamId);
    }
  }

  private async apply(batch: DocumentBatch, event: EventEnvelope): Promise<void> {
    for (const projection of this.projections) {
      if (!projection.handles(event)) continue;
      const id = projection.documentId(event);
      const current = await batch.get(projection.spec.name, id);
      if (current && comparePositions(event, current._position) <= 0) continue;
      const next = projection.apply(current, event);
      if (next)
        batch.set(projection.spec.name, {
          ...next,
          _position: { seq: event.seq, index: event.index },
        });
    }
    this.applied++;
  }

  /** The events strictly between `from` and `to`, read from the event store. */
  private async readGap(
    streamId: string,
    from: StreamPosition,
    to: EventEnvelope,
  ): Promise<EventEnvelope[]> {
    const commits = await this.store.readStream(streamId, Math.max(0, from.seq - 1), to.seq);
    return commits
      .flatMap((commit) => commit.events)
      .filter((event) => comparePositions(event, from) > 0 && comparePositions(event, to) < 0)
      .map(upcast);
  }
}

/** A stream's next event is the next index in the same commit or the first of the next commit. */
function isNext(position: StreamPosition, event: EventEnvelope): boolean {
  return (
    (event.seq === position.seq && event.index === position.index + 1) ||
    (event.seq === position.seq + 1 && event.index === 0)
  );
}

/** The documents one stream's events touch, read once and written once per batch. */
class DocumentBatch {
  private readonly loaded = new Map<string, EntityDocument | null>();
  private readonly changed = new Map<
    string,
    { collection: string; doc: Omit<EntityDocument, '_version'> }
  >();

  constructor(private readonly views: ReadModelStore) {}

  async get(collection: string, id: string): Promise<EntityDocument | null> {
    const key = `${collection}/${id}`;
    const pending = this.changed.get(key);
    if (pending) return pending.doc as EntityDocument;
    if (!this.loaded.has(key))
      this.loaded.set(key, await this.views.get<EntityDocument>(collection, id));
    return this.loaded.get(key) ?? null;
  }

  set(collection: string, doc: Omit<EntityDocument, '_version'>): void {
    this.changed.set(`${collection}/${doc._id as string}`, { collection, doc });
  }

  async flush(): Promise<void> {
    for (const [key, { collection, doc }] of this.changed) {
      const before = this.loaded.get(key) ?? null;
      const version = before?._version ?? 0;
      const written = await this.views.putIfVersion(
        collection,
        { ...doc, _version: version + 1 } as EntityDocument,
        before ? version : null,
      );
      if (!written) throw new ProjectionWriteConflict(collection, doc._id as string);
    }
    this.changed.clear();
  }
}
