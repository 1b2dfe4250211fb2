import { MongoServerError, type Db } from 'mongodb';
import { isInternalCollection, type CollectionMove } from '../read-model-names';
import {
  INTERNAL_PREFIX,
  physicalNames,
  VIEW_PREFIX,
  type ReadModelCollections,
} from './read-model-collections';

const NAMESPACE_NOT_FOUND = 26;
const NAMESPACE_EXISTS = 48;

const codeOf = (error: unknown) => (error instanceof MongoServerError ? error.code : undefined);

/** FerretDB v1 renames only to a name that is free: "dropTarget ... is not implemented yet". */
const dropTargetRefused = (error: unknown) =>
  error instanceof MongoServerError && /dropTarget/.test(error.message);

/** Renames `from` to `to`; false when `from` is gone (another process moved it first). */
async function rename(db: Db, from: string, to: string, dropTarget: boolean): Promise<boolean> {
  try {
    await db.renameCollection(from, to, { dropTarget });
    return true;
  } catch (error) {
    if (codeOf(error) === NAMESPACE_NOT_FOUND) return false;
    throw error;
  }
}

/**
 * Renames `from` over `to`. On MongoDB one atomic step: readers of `to` see the old
 * collection, then the new. FerretDB v1 cannot rename over a collection, so there the
 * old one steps aside first, and for the moment between the two renames a reader of
 * `to` finds nothing (docs/read-models.md).
 */
async function renameOver(db: Db, from: string, to: string, existing: Set<string>): Promise<void> {
  if (!existing.has(from)) return;
  try {
    await rename(db, from, to, true);
    return;
  } catch (error) {
    if (!dropTargetRefused(error)) throw error;
  }
  if (!existing.has(to)) {
    await rename(db, from, to, false);
    return;
  }
  const aside = `${INTERNAL_PREFIX}replaced_${to}`;
  if (existing.has(aside)) await db.collection(aside).drop();
  await rename(db, to, aside, false);
  if (await rename(db, from, to, false)) await db.collection(aside).drop();
  else await rename(db, aside, to, false);
}

/**
 * Moves each read model over another, lookup entries first (an entry without its
 * document is skipped by finds, a document without its entry would be missed), then
 * version claims, then documents. A source without documents was moved by another
 * process first. Claims are short-lived: a target's are dropped when the source has none.
 */
export async function replaceCollections(
  collections: ReadModelCollections,
  moves: readonly CollectionMove[],
): Promise<void> {
  const existing = await collections.existing();
  for (const { from, to } of moves) {
    const source = physicalNames(from);
    const target = physicalNames(to);
    if (!existing.has(source.documents)) continue;
    await renameOver(collections.db, source.entries, target.entries, existing);
    if (existing.has(source.claims))
      await renameOver(collections.db, source.claims, target.claims, existing);
    else if (existing.has(target.claims)) await collections.db.collection(target.claims).drop();
    await renameOver(collections.db, source.documents, target.documents, existing);
  }
}

/** The read models that exist, by the names the port knows them by. */
export async function logicalNames(collections: ReadModelCollections): Promise<string[]> {
  const names: string[] = [];
  for (const physical of await collections.existing()) {
    const prefix = [VIEW_PREFIX, INTERNAL_PREFIX].find((p) => physical.startsWith(p));
    const name = prefix && physical.slice(prefix.length);
    if (name && physicalNames(name).documents === physical) names.push(name);
  }
  return names.sort();
}

/**
 * Gives the collections of earlier versions their current names: those versions kept
 * the version claims (`rm_<name>__cas`), the lookup entries (`rm_<name>__lookup`), the
 * projector's positions and the audit index beside the views under `rm_`. A name
 * already taken means another process moved it first.
 */
export async function adoptEarlierNames(collections: ReadModelCollections): Promise<void> {
  for (const physical of await collections.existing()) {
    if (!physical.startsWith(VIEW_PREFIX)) continue;
    const match = /^(.*?)(__cas|__lookup)?$/.exec(physical.slice(VIEW_PREFIX.length))!;
    const [, name, part] = match;
    const names = physicalNames(name!);
    const current =
      part === '__cas' ? names.claims : part === '__lookup' ? names.entries : names.documents;
    if (current === physical || (!part && !isInternalCollection(name!))) continue;
    try {
      await rename(collections.db, physical, current, false);
    } catch (error) {
      if (codeOf(error) !== NAMESPACE_EXISTS) throw error;
    }
  }
}

/**
 * Drops the lookup entries of earlier versions (docs/adr/0007-lookups-as-id-ranges.md):
 * the documents' own indexes serve those finds now (docs/adr/0010-secondary-indexes.md).
 */
export async function dropLookupEntries(collections: ReadModelCollections): Promise<void> {
  for (const physical of await collections.existing()) {
    if (!physical.startsWith(INTERNAL_PREFIX) || !physical.endsWith('__lookup')) continue;
    try {
      await collections.db.collection(physical).drop();
    } catch (error) {
      // Another process starting at the same time dropped it first.
      if (codeOf(error) !== NAMESPACE_NOT_FOUND) throw error;
    }
  }
}
