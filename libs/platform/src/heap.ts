import { setFlagsFromString } from 'node:v8';

/**
 * How far past the live data the heap may grow before a full collection: V8 picks a
 * factor of up to 4 under a high allocation rate (an api answering commands as fast
 * as it can held three times its live data); 1.5 keeps every process's memory near
 * what it uses, for a few more full collections, which run mostly concurrently.
 */
const HEAP_GROWING_PERCENT = 50;

/** Called first thing by each process of ours (api, relay, projector, CLI). */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
