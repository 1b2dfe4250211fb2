import { createHash } from 'node:crypto';

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
