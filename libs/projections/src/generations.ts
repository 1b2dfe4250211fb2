import {
  AUDIT_INDEX,
  GENERATION_SUFFIX,
  READ_MODEL_META,
  STAGING_PREFIX,
  STREAM_POSITIONS,
  type CollectionMove,
} from './read-model-names';
import {
  ReadModelStore,
  type CollectionSpec,
  type FindQuery,
  type FindResult,
  type Scalar,
  type VersionedWrite,
  type ViewDocument,
} from './read-model-store.port';

/** The pointer earlier versions kept to the generation of collections they read. */
interface GenerationDoc extends ViewDocument {
  readonly generation: number;
}

/**
 * The moves that bring a deployment of an earlier version to stable names: the
 * collections of the current generation `<name>_g<n>` over `<name>`, the projector's
 * positions last (so a projector never records an event as applied while its documents
 * are still in the collections being replaced); and the collections of any other
 * generation, left by a rebuild that died, to drop.
 */
export function generationMoves(
  existing: readonly string[],
  generation: number,
): { moves: CollectionMove[]; stale: string[] } {
  const moves: CollectionMove[] = [];
  const stale: string[] = [];
  for (const name of existing) {
    const match = GENERATION_SUFFIX.exec(name);
    if (!match) continue;
    if (Number(match[1]) === generation)
      moves.push({ from: name, to: name.slice(0, -match[0].length) });
    else stale.push(name);
  }
  return { moves: positionsLast(moves), stale };
}

/** The moves with the projector's positions after every document they vouch for. */
export function positionsLast(moves: readonly CollectionMove[]): CollectionMove[] {
  return [
    ...moves.filter((move) => move.to !== STREAM_POSITIONS),
    ...moves.filter((move) => move.to === STREAM_POSITIONS),
  ];
}

/**
 * The read models as every process uses them: each collection under one stable name,
 * the name BI readers know (docs/read-models.md). A rebuild writes its collections aside
 * through `staging()` and then moves them over the live ones (`promote`). Before its
 * first call a process brings the collections of earlier versions to their names:
 * those versions kept each rebuild's collections under `<name>_g<n>`, found through a
 * pointer. Wraps either adapter.
 */
export class GenerationalReadModelStore extends ReadModelStore {
  private opening: Promise<void> | null = null;

  constructor(
    readonly inner: ReadModelStore,
    /** Put before every name: the staging of a rebuild, or nothing for the live names. */
    private readonly prefix = '',
    private readonly live: GenerationalReadModelStore | null = null,
  ) {
    super();
  }

  override get countsCheaply(): boolean {
    return this.inner.countsCheaply;
  }

  override get overlapsCalls(): boolean {
    return this.inner.overlapsCalls;
  }

  /** The same store writing a rebuild's collections aside, under their staging names. */
  staging(): GenerationalReadModelStore {
    return new GenerationalReadModelStore(this.inner, STAGING_PREFIX, this);
  }

  /** Moves the staging collections of `collections` over the live ones, positions last. */
  async promote(collections: readonly string[]): Promise<void> {
    await this.opened();
    await this.inner.replaceCollections(
      positionsLast(collections.map((name) => ({ from: STAGING_PREFIX + name, to: name }))),
    );
  }

  /** Resolves once the collections of earlier versions have their current names. */
  opened(): Promise<void> {
    if (this.live) return this.live.opened();
    if (!this.opening) {
      const opening = this.adoptEarlierNames();
      this.opening = opening;
      // A failed start is tried again by the next call.
      opening.catch(() => {
        if (this.opening === opening) this.opening = null;
      });
    }
    return this.opening;
  }

  private async adoptEarlierNames(): Promise<void> {
    await this.inner.prepare();
    const pointer = await this.inner.get<GenerationDoc>(READ_MODEL_META, 'generation');
    const { moves, stale } = generationMoves(
      await this.inner.collections(),
      pointer?.generation ?? 0,
    );
    await this.inner.replaceCollections(moves);
    for (const name of stale) await this.inner.drop(name);
    // The audit trail's own index of earlier versions: the store's indexes serve its
    // filters now (docs/adr/0010-secondary-indexes.md).
    await this.inner.drop(AUDIT_INDEX);
    // Dropped last: a process that dies before has the pointer to finish the moves with.
    if (pointer) await this.inner.drop(READ_MODEL_META);
  }

  private async name(collection: string): Promise<string> {
    await this.opened();
    return this.prefix + collection;
  }

  async ensureCollection(spec: CollectionSpec): Promise<void> {
    await this.inner.ensureCollection({ ...spec, name: await this.name(spec.name) });
  }
  async get<T extends ViewDocument>(collection: string, id: string): Promise<T | null> {
    return this.inner.get<T>(await this.name(collection), id);
  }
  async getMany<T extends ViewDocument>(collection: string, ids: readonly string[]): Promise<T[]> {
    return this.inner.getMany<T>(await this.name(collection), ids);
  }
  async put(collection: string, doc: ViewDocument): Promise<void> {
    await this.inner.put(await this.name(collection), doc);
  }
  async putIfVersion(
    collection: string,
    doc: ViewDocument,
    expectedVersion: number | null,
  ): Promise<boolean> {
    return this.inner.putIfVersion(await this.name(collection), doc, expectedVersion);
  }
  override async putManyIfVersion(
    collection: string,
    writes: readonly VersionedWrite[],
  ): Promise<string[]> {
    return this.inner.putManyIfVersion(await this.name(collection), writes);
  }
  override unitOfWork<T>(work: () => Promise<T>): Promise<T> {
    return this.inner.unitOfWork(work);
  }
  async find<T extends ViewDocument>(collection: string, query: FindQuery): Promise<FindResult<T>> {
    return this.inner.find<T>(await this.name(collection), query);
  }
  async count(collection: string, where?: Readonly<Record<string, Scalar>>): Promise<number> {
    return this.inner.count(await this.name(collection), where);
  }
  async drop(collection: string): Promise<void> {
    await this.inner.drop(await this.name(collection));
  }
  async collections(): Promise<string[]> {
    await this.opened();
    return (await this.inner.collections())
      .filter((name) => name.startsWith(this.prefix))
      .map((name) => name.slice(this.prefix.length));
  }
  async replaceCollections(moves: readonly CollectionMove[]): Promise<void> {
    await this.opened();
    await this.inner.replaceCollections(
      moves.map(({ from, to }) => ({ from: this.prefix + from, to: this.prefix + to })),
    );
  }
  async close(): Promise<void> {
    await this.inner.close();
  }
}
