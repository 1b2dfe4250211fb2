import type { Collection, Db } from 'mongodb';
import { guarded } from '@pb/storage';
import { plainHead, type SealHead } from '../event-store.port';
import { chunkKey, isChunkKeyOf } from '../integrity/seal-chunks';

/** Up to SEAL_HEADS_PER_CHUNK heads of one seal, `_id` `<sealId>:<chunk, 6 digits>`. */
interface SealHeadsChunk {
  _id: string;
  heads: readonly SealHead[];
}

/** The heads each seal saw, in `seal_heads`: one document per chunk, found by `_id` alone. */
export class MongoSealHeads {
  private readonly chunks: Collection<SealHeadsChunk>;

  constructor(db: Db) {
    this.chunks = db.collection<SealHeadsChunk>('seal_heads');
  }

  async replace(sealId: string, chunks: readonly (readonly SealHead[])[]): Promise<void> {
    const earlier = (await this.chunksOf(sealId, { _id: 1 })).map((doc) => doc._id);
    if (earlier.length > 0) await guarded(() => this.chunks.deleteMany({ _id: { $in: earlier } }));
    // One insert per chunk: a chunk is up to about a megabyte, a whole seal far more.
    for (const [index, heads] of chunks.entries())
      await guarded(() => this.chunks.insertOne({ _id: chunkKey(sealId, index), heads }));
  }

  async load(sealId: string): Promise<SealHead[]> {
    return (await this.chunksOf(sealId)).flatMap((doc) => doc.heads.map(plainHead));
  }

  /**
   * A seal's chunks in order, found by an `_id` range; the range can also hold chunks of
   * a sealId that extends this one with `:`, which the exact key check leaves out.
   */
  private async chunksOf(sealId: string, projection?: { _id: 1 }): Promise<SealHeadsChunk[]> {
    const docs = await guarded(() =>
      this.chunks
        .find(
          { _id: { $gte: chunkKey(sealId, 0), $lt: `${sealId};` } },
          projection ? { projection } : {},
        )
        .sort({ _id: 1 })
        .toArray(),
    );
    return docs.filter((doc) => isChunkKeyOf(sealId, doc._id));
  }
}
