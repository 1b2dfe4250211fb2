import { createHash, randomUUID } from 'node:crypto';

/**
 * A name-based UUID (RFC 9562 version 5, SHA-1) of `name` within the namespace UUID
 * `namespace`: the same pair always gives the same id. It names the stream of one thing
 * within another (a society's rating in a round, a society's inspection in a batch), so
 * that a command finds the stream from the two ids in its route, with no lookup.
 */
export function derivedId(namespace: string, name: string): string {
  const space = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (space.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(space).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The namespace of the ids a creation takes from its caller's Idempotency-Key. */
const KEYED_CREATIONS = '6f1c0f8e-4b7a-4f3e-9a51-2d6c8e0b7a13';

/**
 * The id of a thing a command creates when the caller named none: the same for every
 * retry under one Idempotency-Key (of one caller, for one kind of thing), so that a
 * retry after a crash finds what its first attempt reserved for that id (a society's
 * name and credit code); a fresh UUID without a key.
 */
export function creationId(
  kind: string,
  context: { readonly actor: string; readonly idempotencyKey: string | null },
): string {
  if (context.idempotencyKey === null) return randomUUID();
  return derivedId(KEYED_CREATIONS, `${kind}\u0000${context.actor}\u0000${context.idempotencyKey}`);
}
