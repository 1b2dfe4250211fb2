import { commitId } from '../commit';
import type { EventStore } from '../event-store.port';
import { sealStreamId } from './seal-stream';

export const SEAL_RECORDED = 'SealRecorded';
export const RECORD_SEAL = 'RecordSeal';
export const SEAL_HEADS_COLLECTION = 'seal_heads';

/** The data of a `SealRecorded` event: what other systems keep to check this store later. */
export interface SealRecordedData {
  readonly sealId: string;
  /** merkleRoot of the heads, see merkle.ts. */
  readonly root: string;
  /** How many stream heads the seal covers. */
  readonly streams: number;
  /** Where the heads are kept, in chunks keyed `<sealId>:<chunk>`. */
  readonly headsCollection: typeof SEAL_HEADS_COLLECTION;
}

/** The latest seal of a federation, with where its event sits. */
export interface LatestSeal extends SealRecordedData {
  /** The recordedAt of the seal's commit. */
  readonly sealedAt: string;
  readonly streamId: string;
  readonly seq: number;
  readonly commitId: string;
}

/** The last `SealRecorded` of the federation's seal stream, or null before the first seal. */
export async function latestSeal(
  store: EventStore,
  federationId: string,
): Promise<LatestSeal | null> {
  const streamId = sealStreamId(federationId);
  const commits = await store.readStream(streamId);
  for (const commit of [...commits].reverse()) {
    const event = [...commit.events].reverse().find((e) => e.type === SEAL_RECORDED);
    if (event)
      return {
        ...(event.data as SealRecordedData),
        sealedAt: event.recordedAt,
        streamId,
        seq: commit.seq,
        commitId: commitId(streamId, commit.seq),
      };
  }
  return null;
}
