import { createHash } from 'node:crypto';
import type { SealHead } from '../event-store.port';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** UTF-16 code-unit order of streamIds, as the Merkle root requires. */
export function compareStreamIds(a: SealHead, b: SealHead): number {
  return a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0;
}

/**
 * The Merkle root of a seal's heads, so that a system holding only the root (from the
 * `SealRecorded` event on Kafka) can check a full list of heads. To recompute it:
 *
 * 1. Sort the heads by streamId in UTF-16 code-unit order (JavaScript's `<` on strings,
 *    Java's `String.compareTo`; not a locale collation).
 * 2. Each head is a leaf: sha256 of the UTF-8 text `${streamId}\n${seq}\n${hash}`, seq
 *    in decimal without padding, hash as stored (64 lowercase hex digits), as lowercase
 *    hex.
 * 3. While more than one node is left, replace each pair, left to right, by sha256 of
 *    the concatenation of the two lowercase hex strings (128 ASCII characters), as
 *    lowercase hex; an odd last node goes up to the next level unchanged.
 * 4. The single node left is the root; for no heads at all, the root is sha256 of the
 *    empty string (e3b0c442…b855).
 */
export function merkleRoot(heads: readonly SealHead[]): string {
  if (heads.length === 0) return sha256('');
  let level = [...heads]
    .sort(compareStreamIds)
    .map((head) => sha256(`${head.streamId}\n${head.seq}\n${head.hash}`));
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(i + 1 < level.length ? sha256(level[i]! + level[i + 1]!) : level[i]!);
    level = next;
  }
  return level[0]!;
}
