import { comparePositions, upcast, type EventEnvelope, type StreamPosition } from '@pb/contracts';
import type { EventStore } from '@pb/event-store';
import type { EntityDocument, EntityProjection } from './projection';
import { STREAM_POSITIONS } from './read-model-names';
import type { ReadModelStore, VersionedWrite, ViewDocument } from './read-model-store.port';
import { WriteTally } from './write-tally';

/** Where the projector stands in one source stream. */
interface StreamCheckpoint extends ViewDocument {
  readonly seq: number;
  readonly index: number;
}

const CHECKPOINTS = STREAM_POSITIONS;
const START: StreamPosition = { seq: 0, index: -1 };
/** Ids per getMany when a batch reads its documents. */
const PREFETCH_CHUNK = 1000;

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
  /** The collections of one document per event, written without a read. */
  private readonly documentPerEvent: ReadonlySet<string>;

  constructor(
    private readonly views: ReadModelStore,
    private readonly store: EventStore,
    private readonly projections: readonly EntityProjection[],
    /** Views recomputed after each batch from the documents the batch wrote (level 2). */
    private readonly followers: readonly BatchFollower[] = [],
    /** Counts the documents written, the followers' included when they share it. */
    readonly written: WriteTally = new WriteTally(),
  ) {
    this.documentPerEvent = new Set(
      projections.filter((p) => p.documentPerEvent).map((p) => p.spec.name),
    );
  }

  /** Every collection this projector writes. */
  get collections(): string[] {
    return [...new Set([CHECKPOINTS, ...this.projections.map((p) => p.spec.name)])];
  }

  /** Events applied since start, duplicates excluded. */
  get appliedCount(): number {
    return this.applied;
  }

  /**
   * Creates the collections. `indexes: false` leaves their field indexes out, for a
   * rebuild that fills empty collections (it calls init again when done: building an
   * index over loaded rows is cheaper than keeping it up to date row by row): the
   * lookups', the arrays' and the compound ones too.
   */
  async init({ indexes = true }: { indexes?: boolean } = {}): Promise<void> {
    await this.views.ensureCollection({ name: CHECKPOINTS, indexes: [] });
    for (const projection of this.projections)
      await this.views.ensureCollection(
        indexes ? projection.spec : { name: projection.spec.name, indexes: [] },
      );
    for (const follower of this.followers) await follower.init();
  }

  /**
   * Applies a batch as published: events of older schema versions are upcast here, so
   * the projections only ever see the current shape whatever the transport carried.
   * Returns the events that were new (duplicates left out).
   */
  async handle(published: readonly EventEnvelope[]): Promise<EventEnvelope[]> {
    // One unit of writes: on SQLite the batch is one transaction, one sync to disk.
    return this.views.unitOfWork(() => this.apply(published));
  }

  private async apply(published: readonly EventEnvelope[]): Promise<EventEnvelope[]> {
    const events = published.map(upcast);
    const byStream = new Map<string, EventEnvelope[]>();
    for (const event of events) {
      const list = byStream.get(event.streamId) ?? [];
      list.push(event);
      byStream.set(event.streamId, list);
    }
    // Everything the batch needs is read up front, a query per collection, and written
    // at the end, a bulk call per collection: the cost of a batch is a few round trips,
    // not a few per event. Events at or below their stream's position are dropped
    // first, so a batch delivered again (or a rebuild's catch-up) costs one read.
    const batch = new DocumentBatch(this.views, this.written, this.documentPerEvent);
    await batch.prefetch(new Map([[CHECKPOINTS, new Set(byStream.keys())]]));
    const wanted = new Map<string, Set<string>>();
    for (const [streamId, streamEvents] of byStream) {
      const checkpoint = (await batch.get(CHECKPOINTS, streamId)) as StreamCheckpoint | null;
      const fresh = checkpoint
        ? streamEvents.filter((event) => comparePositions(event, checkpoint) > 0)
        : streamEvents;
      if (fresh.length === 0) byStream.delete(streamId);
      else byStream.set(streamId, fresh);
      for (const event of fresh)
        for (const projection of this.projections) {
          if (projection.documentPerEvent || !projection.handles(event)) continue;
          const ids = wanted.get(projection.spec.name) ?? new Set<string>();
          ids.add(projection.documentId(event));
          wanted.set(projection.spec.name, ids);
        }
    }
    await batch.prefetch(wanted);
    const checkpoints: VersionedWrite[] = [];
    const applied: EventEnvelope[] = [];
    for (const [streamId, streamEvents] of byStream) {
      const checkpoint = (await batch.get(CHECKPOINTS, streamId)) as StreamCheckpoint | null;
      const position = await this.handleStream(batch, streamId, checkpoint, streamEvents);
      applied.push(...streamEvents);
      if (!checkpoint || comparePositions(position, checkpoint) > 0)
        checkpoints.push({
          doc: { _id: streamId, _version: (checkpoint?._version ?? 0) + 1, ...position },
          expectedVersion: checkpoint?._version ?? null,
        });
    }
    await batch.flush();
    const refused = await this.views.putManyIfVersion(CHECKPOINTS, checkpoints);
    if (refused.length > 0) throw new ProjectionWriteConflict(CHECKPOINTS, refused[0]!);
    this.written.add(CHECKPOINTS, checkpoints.length);
    // Every event, duplicates too: a crash after the documents but before the followers
    // is made good when the batch comes again.
    for (const follower of this.followers) await follower.recompute(events);
    return applied;
  }

  /** Applies one stream's events to the batch; returns the stream's new position. */
  private async handleStream(
    batch: DocumentBatch,
    streamId: string,
    checkpoint: StreamCheckpoint | null,
    events: readonly EventEnvelope[],
  ): Promise<StreamPosition> {
    let position: StreamPosition = checkpoint
      ? { seq: checkpoint.seq, index: checkpoint.index }
      : START;
    for (const event of [...events].sort(comparePositions)) {
      if (comparePositions(event, position) <= 0) continue;
      if (!isNext(position, event)) {
        for (const missing of await this.readGap(streamId, position, event))
          await this.applyEvent(batch, missing);
      }
      await this.applyEvent(batch, event);
      position = { seq: event.seq, index: event.index };
    }
    return position;
  }

  private async applyEvent(batch: DocumentBatch, event: EventEnvelope): Promise<void> {
    for (const projection of this.projections) {
      if (!projection.handles(event)) continue;
      const id = projection.documentId(event);
      const current = projection.documentPerEvent
        ? null
        : await batch.get(projection.spec.name, id);
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

  constructor(
    private readonly views: ReadModelStore,
    private readonly written: WriteTally,
    /** Collections whose refused writes are documents already there (documentPerEvent). */
    private readonly documentPerEvent: ReadonlySet<string>,
  ) {}

  /** Reads the documents named, per collection, a thousand ids per query. */
  async prefetch(wanted: ReadonlyMap<string, ReadonlySet<string>>): Promise<void> {
    for (const [collection, ids] of wanted) {
      const list = [...ids].filter((id) => !this.loaded.has(`${collection}/${id}`));
      for (let i = 0; i < list.length; i += PREFETCH_CHUNK) {
        const chunk = list.slice(i, i + PREFETCH_CHUNK);
        const found = new Map(
          (await this.views.getMany<EntityDocument>(collection, chunk)).map((doc) => [
            doc._id,
            doc,
          ]),
        );
        for (const id of chunk) this.loaded.set(`${collection}/${id}`, found.get(id) ?? null);
      }
    }
  }

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
    const byCollection = new Map<string, VersionedWrite[]>();
    for (const [key, { collection, doc }] of this.changed) {
      const before = this.loaded.get(key) ?? null;
      const version = before?._version ?? 0;
      const writes = byCollection.get(collection) ?? [];
      writes.push({
        doc: { ...doc, _version: version + 1 } as EntityDocument,
        expectedVersion: before ? version : null,
      });
      byCollection.set(collection, writes);
    }
    for (const [collection, writes] of byCollection) {
      const refused = await this.views.putManyIfVersion(collection, writes);
      if (refused.length > 0 && !this.documentPerEvent.has(collection))
        throw new ProjectionWriteConflict(collection, refused[0]!);
      this.written.add(collection, writes.length - refused.length);
    }
    this.changed.clear();
  }
}
