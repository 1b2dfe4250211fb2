/** Splits a list into runs of at most `size`, for stores that cap the size of one document. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`chunk size must be a positive integer, not ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}

/** A chunk's number, zero-padded so that chunk keys sort in saving order. */
export const CHUNK_DIGITS = 6;

export function chunkKey(sealId: string, chunk: number): string {
  return `${sealId}:${String(chunk).padStart(CHUNK_DIGITS, '0')}`;
}

/** Whether a key is one of this seal's chunks, not one of a sealId that merely starts alike. */
export function isChunkKeyOf(sealId: string, key: string): boolean {
  const chunk = key.slice(sealId.length + 1);
  return key.startsWith(`${sealId}:`) && chunk.length === CHUNK_DIGITS && /^\d+$/.test(chunk);
}
