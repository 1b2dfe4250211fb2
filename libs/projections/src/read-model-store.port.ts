import type { CollectionMove } from './read-model-names';

/** A read-model document: an id, a version for compare-and-set, and plain JSON fields. */
export interface ViewDocument {
  readonly _id: string;
  readonly _version: number;
  readonly [field: string]: unknown;
}

export type Scalar = string | number | boolean | null;

export interface FindQuery {
  /**
   * Equality on top-level fields. The first field is the one an index serves (SQLite
   * would otherwise guess, and may pick a field every document shares, such as a
   * status): list the most selective first.
   */
  readonly where?: Readonly<Record<string, Scalar>>;
  /** One sort field (ties broken by `_id`); `_id` when absent. */
  readonly orderBy?: { readonly field: string; readonly direction: 'asc' | 'desc' };
  readonly limit: number;
  /** An opaque cursor returned by the previous page. */
  readonly after?: string | null;
  /** Only documents whose array field holds this value. */
  readonly contains?: { readonly field: string; readonly value: Scalar };
  /** Only documents whose `_id` lies in [gte, lt). */
  readonly idRange?: { readonly gte?: string; readonly lt?: string };
  /**
   * The top-level fields the caller reads. Each document then holds at least these and
   * `_id`; an adapter may return the rest too (SQLite does: it parses the whole body
   * anyway), so a caller must not read any other.
   */
  readonly fields?: readonly string[];
  /**
   * The documents in any order (no `orderBy`, no `after`): a server may then skip the
   * sort. Only for a limit that takes every match; the answer has no cursor.
   */
  readonly unordered?: boolean;
}

export interface FindResult<T extends ViewDocument> {
  readonly items: T[];
  /** The cursor of the next page, or null when this page was the last. */
  readonly next: string | null;
}

/** One write of putManyIfVersion: the document, if the stored one has `expectedVersion` (null: none). */
export interface VersionedWrite {
  readonly doc: ViewDocument;
  readonly expectedVersion: number | null;
}

export interface CollectionSpec {
  readonly name: string;
  /** Top-level fields to index, one index each; `find` filters and sorts on these. */
  readonly indexes: readonly string[];
  /**
   * Array fields `contains` looks documents up by. MongoDB indexes each element (a
   * multikey index; FerretDB as tools/ferretdb builds it, a GIN index beside the field's
   * btree); SQLite keeps the elements in a table of their own, `rm_<name>$<field>`.
   */
  readonly arrayIndexes?: readonly string[];
  /**
   * Fields `find` looks documents up by (equality on the first `where` field), each
   * held by few documents per value: a society's rows, a member's rows. MongoDB indexes
   * them (docs/adr/0010-secondary-indexes.md); SQLite serves its `indexes` only.
   */
  readonly lookups?: readonly string[];
  /**
   * Fields filtered on together, each list one compound index (the fields in this order,
   * then `_id`), where the first field's index alone would read every document of its
   * value to find the few that match the next (docs/adr/0010-secondary-indexes.md).
   */
  readonly compoundIndexes?: readonly (readonly string[])[];
}

/**
 * The read-model store port, kept narrow so both adapters stay small: get, upsert,
 * compare-and-set on a version, and indexed finds with a cursor. The port doubles as
 * the DI token.
 */
export abstract class ReadModelStore {
  /**
   * Whether counting a collection costs less than reading it. FerretDB v1 reads every
   * document it counts, so the MongoDB adapter says no and a rebuild reports no counts
   * there.
   */
  get countsCheaply(): boolean {
    return true;
  }

  /**
   * Whether calls made side by side overlap (round trips to a server), so that callers
   * gain by making them. SQLite answers each call synchronously: side by side they only
   * hold more in memory at once.
   */
  get overlapsCalls(): boolean {
    return true;
  }

  abstract ensureCollection(spec: CollectionSpec): Promise<void>;

  abstract get<T extends ViewDocument>(collection: string, id: string): Promise<T | null>;

  abstract getMany<T extends ViewDocument>(
    collection: string,
    ids: readonly string[],
  ): Promise<T[]>;

  /** Writes the document whatever its stored version. */
  abstract put(collection: string, doc: ViewDocument): Promise<void>;

  /**
   * Writes the document only if the stored one has `expectedVersion` (null: only if
   * none is stored). Returns whether it wrote.
   */
  abstract putIfVersion(
    collection: string,
    doc: ViewDocument,
    expectedVersion: number | null,
  ): Promise<boolean>;

  /**
   * Many compare-and-set writes to one collection at once, each with the same meaning
   * as putIfVersion; returns the ids of the documents that were not written. Writes are
   * not atomic together: a caller that sees a refusal applies its batch again.
   */
  async putManyIfVersion(collection: string, writes: readonly VersionedWrite[]): Promise<string[]> {
    const refused: string[] = [];
    for (const { doc, expectedVersion } of writes)
      if (!(await this.putIfVersion(collection, doc, expectedVersion))) refused.push(doc._id);
    return refused;
  }

  /**
   * Runs `work` as one unit of writes. On SQLite that is one transaction, so a whole
   * projector batch (documents, positions, status views) costs one sync to disk and
   * lands all or nothing; writes from outside the unit wait until it ends. Elsewhere
   * the writes go as they come. A unit opened inside a unit joins it.
   */
  async unitOfWork<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }

  abstract find<T extends ViewDocument>(
    collection: string,
    query: FindQuery,
  ): Promise<FindResult<T>>;

  abstract count(collection: string, where?: Readonly<Record<string, Scalar>>): Promise<number>;

  abstract drop(collection: string): Promise<void>;

  /** The names of the collections that exist. */
  abstract collections(): Promise<string[]>;

  /**
   * Moves each `from` over its `to`, in the order given: `to` then holds what `from`
   * held, its indexes included, and `from` is gone. Readers of `to`
   * see the old content or the new, never an empty collection, where the server allows
   * (docs/read-models.md). A `from` that does not exist is skipped: another process
   * moved it first.
   */
  abstract replaceCollections(moves: readonly CollectionMove[]): Promise<void>;

  /**
   * Brings collections that an earlier version named otherwise to their current names.
   * Runs before anything else is read or written; several processes may run it at once.
   */
  async prepare(): Promise<void> {}

  abstract close(): Promise<void>;
}

/** The cursor: the sort value and the `_id` of the last item, base64url JSON. */
export function encodeCursor(value: unknown, id: string): string {
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

/**
 * The page of a find that read up to one item more than it returns: `items` are the
 * page, `more` says whether that one more was there, and the cursor follows the last item
 * by the sort `field`.
 */
export function pageOf<T extends ViewDocument>(
  items: T[],
  more: boolean,
  field: string,
): FindResult<T> {
  const last = items[items.length - 1];
  const next = more && last ? encodeCursor(field === '_id' ? null : last[field], last._id) : null;
  return { items, next };
}

export function decodeCursor(cursor: string): { value: Scalar; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== 'string')
    throw new InvalidCursor();
  const [value, id] = parsed as [unknown, string];
  // A sort value is a scalar: an object or a list was never issued and no store compares it.
  if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
    throw new InvalidCursor();
  return { value: value as Scalar, id };
}

export class InvalidCursor extends Error {
  constructor() {
    super('the cursor is not one this service issued');
  }
}

const FIELD = /^[A-Za-z][A-Za-z0-9]*$/;

/** Field names reach SQL and MongoDB filters: allow plain identifiers only. */
export function assertFieldName(field: string): string {
  if (field !== '_id' && !FIELD.test(field)) throw new Error(`not a field name: ${field}`);
  return field;
}
