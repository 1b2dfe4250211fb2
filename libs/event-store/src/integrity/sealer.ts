import { buildEnvelopes } from '@pb/contracts';
import { GENESIS_HASH } from '../commit';
import { StreamVersionConflict, type EventStore } from '../event-store.port';
import { merkleRoot } from './merkle';
import type { OnScanProgress } from './scan';
import {
  RECORD_SEAL,
  SEAL_HEADS_COLLECTION,
  SEAL_RECORDED,
  type SealRecordedData,
} from './seal-record';
import { sealStreamId } from './seal-stream';
import { readStreamHeads } from './stream-heads';

export interface SealOptions {
  readonly federationId: string;
  readonly now: () => Date;
  /** A fresh UUID per call: the seal's id and its event's id. */
  readonly newId: () => string;
  readonly onProgress?: OnScanProgress;
}

export interface SealOutcome {
  readonly sealId: string;
  /** The seal stream and the seq of the commit that records the seal. */
  readonly streamId: string;
  readonly seq: number;
  readonly root: string;
  readonly streams: number;
  /** The recordedAt of that commit. */
  readonly sealedAt: string;
}

/**
 * Seals the store: takes the head of every stream, saves the heads, then records their
 * Merkle root in a `SealRecorded` commit of `seal-<federationId>`, which the relay
 * publishes like any other. The heads are saved first, so a recorded root always has
 * its heads; a crash in between leaves only unreferenced heads.
 */
export async function sealStore(store: EventStore, options: SealOptions): Promise<SealOutcome> {
  const heads = await readStreamHeads(store, options.onProgress);
  const root = merkleRoot(heads);
  const sealId = options.newId();
  await store.saveSealHeads(sealId, heads);
  const data: SealRecordedData = {
    sealId,
    root,
    streams: heads.length,
    headsCollection: SEAL_HEADS_COLLECTION,
  };
  try {
    return await recordSeal(store, options, data);
  } catch (error) {
    // Another sealer took the seq: the heads stay valid, only the seal stream's head moved.
    if (!(error instanceof StreamVersionConflict)) throw error;
    return recordSeal(store, options, data);
  }
}

async function recordSeal(
  store: EventStore,
  { federationId, now, newId }: SealOptions,
  data: SealRecordedData,
): Promise<SealOutcome> {
  const streamId = sealStreamId(federationId);
  const commits = await store.readStream(streamId);
  const head = commits[commits.length - 1];
  const seq = (head?.seq ?? 0) + 1;
  // recordedAt never decreases along a stream (the outbox order relies on it, ADR 2).
  const clock = now().toISOString();
  const recordedAt = head && head.recordedAt > clock ? head.recordedAt : clock;
  const commandId = `seal:${data.sealId}`;
  const events = buildEnvelopes(
    [{ type: SEAL_RECORDED, data }],
    {
      streamId,
      seq,
      occurredAt: recordedAt,
      recordedAt,
      actor: 'system',
      correlationId: data.sealId,
      causationId: commandId,
      federationId,
      commandId,
    },
    newId,
  );
  await store.append({
    streamId,
    seq,
    commandId,
    commandType: RECORD_SEAL,
    actor: 'system',
    recordedAt,
    events,
    prevHash: head?.hash ?? GENESIS_HASH,
  });
  return {
    sealId: data.sealId,
    streamId,
    seq,
    root: data.root,
    streams: data.streams,
    sealedAt: recordedAt,
  };
}
