/**
 * The auditable random draw (随机抽取) of an inspection batch, as docs/inspection-draw.md states it
 * for anyone to rerun: SplitMix64 seeded with the recorded 16 hex digits drives a partial
 * Fisher–Yates shuffle of the population in its recorded order, without modulo bias.
 */

/** Recorded with each draw, so that a later algorithm cannot be mistaken for this one. */
export const DRAW_ALGORITHM = 'splitmix64-fisher-yates-v1';

/** A seed is 16 hexadecimal digits, lower case: an unsigned 64-bit integer. */
export const DRAW_SEED = /^[0-9a-f]{16}$/;

const TWO_TO_64 = 1n << 64n;
const MASK = TWO_TO_64 - 1n;

/** SplitMix64 (Steele, Lea and Flood 2014; Vigna's splitmix64.c): each call gives the next 64-bit value. */
export function splitMix64(seed: bigint): () => bigint {
  let state = seed & MASK;
  return () => {
    state = (state + 0x9e3779b97f4a7c15n) & MASK;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
    return z ^ (z >> 31n);
  };
}

/** A whole number from 0 to bound − 1, each equally likely: values at or above the last whole multiple of bound are drawn again. */
function uniformBelow(next: () => bigint, bound: number): number {
  const m = BigInt(bound);
  const limit = TWO_TO_64 - (TWO_TO_64 % m);
  for (;;) {
    const value = next();
    if (value < limit) return Number(value % m);
  }
}

/**
 * The ids selected from the population, in the order drawn. The caller has checked the inputs;
 * a wrong one here is a programming error.
 */
export function drawSample(
  populationInStatedOrder: readonly string[],
  size: number,
  seed: string,
): string[] {
  if (!DRAW_SEED.test(seed))
    throw new RangeError(`the seed must be 16 lower-case hex digits, not ${seed}`);
  if (!Number.isInteger(size) || size < 0 || size > populationInStatedOrder.length)
    throw new RangeError(`cannot draw ${size} from ${populationInStatedOrder.length}`);
  const next = splitMix64(BigInt(`0x${seed}`));
  const pool = [...populationInStatedOrder];
  for (let i = 0; i < size; i++) {
    const j = i + uniformBelow(next, pool.length - i);
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  return pool.slice(0, size);
}
