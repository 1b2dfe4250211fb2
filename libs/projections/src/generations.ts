import {
  ReadModelStore,
  type CollectionSpec,
  type FindQuery,
  type FindResult,
  type Scalar,
  type VersionedWrite,
  type ViewDocument,
} from './read-model-store.port';

const META = 'read_model_meta';
const GENERATION = 'generation';
const CACHE_MS = 1000;

interface GenerationDoc extends ViewDocument {
  readonly generation: number;
}

/** The physical name of a collection in a generation; generation 0 keeps the plain name. */
export function physicalName(collection: string, generation: number): string {
  return generation === 0 ? collection : `${collection}_g${generation}`;
}

/**
 * Read models in generations, so a rebuild can write fresh collections while reads go
 * on from the current ones, then switch every process at once: each process looks up
 * the current generation at most once a second. Wraps either adapter.
 */
export class GenerationalReadModelStore extends ReadModelStore {
  private cached: { generation: number; at: number } | null = null;
  /** The collections declared through this store, declared again in each generation it moves to. */
  private readonly specs = new Map<string, CollectionSpec>();
  /** The generation the specs were last declared in, and that declaration. */
  private declared: { generation: number; done: Promise<void> } | null = null;

  constructor(
    readonly inner: ReadModelStore,
    /** A fixed generation (a rebuild writing the next one), or null to follow the current one. */
    private readonly fixed: number | null = null,
  ) {
    super();
  }

  override get servesFieldIndexes(): boolean {
    return this.inner.servesFieldIndexes;
  }

  override get overlapsCalls(): boolean {
    return this.inner.overlapsCalls;
  }

  /** The generation reads and writes go to now. */
  async generation(): Promise<number> {
    if (this.fixed !== null) return this.fixed;
    // Monotonic: after a clock jump back, a wall-clock age would keep a stale generation for the jump's length.
    if (this.cached && performance.now() - this.cached.at < CACHE_MS) return this.cached.generation;
    const doc = await this.inner.get<GenerationDoc>(META, GENERATION);
    this.cached = { generation: doc?.generation ?? 0, at: performance.now() };
    return this.cached.generation;
  }

  /** Makes `to` the current generation if `from` still is; returns whether it switched. */
  async switchGeneration(from: number, to: number): Promise<boolean> {
    const current = await this.inner.get<GenerationDoc>(META, GENERATION);
    const next: GenerationDoc = {
      _id: GENERATION,
      _version: (current?._version ?? 0) + 1,
      generation: to,
    };
    if ((current?.generation ?? 0) !== from) return false;
    const switched = await this.inner.putIfVersion(META, next, current ? current._version : null);
    this.cached = null;
    return switched;
  }

  /** The same store pinned to one generation. */
  pinned(generation: number): GenerationalReadModelStore {
    return new GenerationalReadModelStore(this.inner, generation);
  }

  /**
   * A collection's name in the current generation. When a rebuild has moved this process
   * to a new generation, its collections are declared there first: the MongoDB adapter
   * keeps lookup entries only for collections declared to it under their own name.
   */
  private async name(collection: string): Promise<string> {
    const generation = await this.generation();
    if (this.declared?.generation !== generation) {
      const declaration = this.declareAll(generation);
      this.declared = { generation, done: declaration };
      // A failed declaration is tried again by the next call.
      declaration.catch(() => {
        if (this.declared?.done === declaration) this.declared = null;
      });
    }
    await this.declared.done;
    return physicalName(collection, generation);
  }

  private async declareAll(generation: number): Promise<void> {
    for (const spec of this.specs.values())
      await this.inner.ensureCollection({ ...spec, name: physicalName(spec.name, generation) });
  }

  async ensureCollection(spec: CollectionSpec): Promise<void> {
    const name = await this.name(spec.name);
    this.specs.set(spec.name, spec);
    await this.inner.ensureCollection({ ...spec, name });
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
  async close(): Promise<void> {
    await this.inner.close();
  }
}
