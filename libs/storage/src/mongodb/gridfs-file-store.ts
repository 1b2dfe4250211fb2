import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { GridFSBucket, ObjectId, type Binary, type Collection, type Db } from 'mongodb';
import { sanitiseFileName } from '../files/file-name';
import {
  FileStore,
  SHA256_PATTERN,
  type FileCheck,
  type StoredFile,
  type Upload,
} from '../files/file-store.port';
import type { EvidenceMediaType } from '../files/media-type';
import { receiveFile } from '../files/received-file';
import { guarded, isDuplicateKey } from './mongo-errors';

const BUCKET = 'evidence';

interface FileMetadata {
  readonly sha256: string;
  readonly mediaType: EvidenceMediaType;
}

interface UploadDocument {
  readonly _id: { readonly sha256: string; readonly by: string };
  readonly name: string;
  readonly at: Date;
}

/**
 * The distributed mode's evidence: GridFS bucket `evidence`, one file per hash (a unique
 * index on `metadata.sha256`; the first upload's name is the GridFS filename), and
 * `evidence.uploads` with one document per hash and uploader. An upload is received
 * whole on local disk first, since its hash is known only at its end.
 */
export class GridFsFileStore extends FileStore {
  private readonly bucket: GridFSBucket;
  private readonly files: Collection;
  private readonly chunks: Collection;
  private readonly uploads: Collection<UploadDocument>;

  constructor(db: Db) {
    super();
    this.bucket = new GridFSBucket(db, { bucketName: BUCKET });
    this.files = db.collection(`${BUCKET}.files`);
    this.chunks = db.collection(`${BUCKET}.chunks`);
    this.uploads = db.collection<UploadDocument>(`${BUCKET}.uploads`);
  }

  async init(): Promise<this> {
    await guarded(() =>
      this.files.createIndex({ 'metadata.sha256': 1 }, { unique: true, name: 'one_per_hash' }),
    );
    return this;
  }

  async put(
    source: AsyncIterable<Uint8Array>,
    upload: Upload,
    maxBytes: number,
  ): Promise<StoredFile> {
    const received = await receiveFile(source, join(tmpdir(), 'pb-evidence'), maxBytes);
    const { sha256, mediaType, size } = received;
    const name = sanitiseFileName(upload.name);
    try {
      if ((await this.describe(sha256)) === null)
        await this.store(received.path, sha256, name, mediaType);
    } finally {
      await received.discard();
    }
    await guarded(() =>
      this.uploads.updateOne(
        { _id: { sha256, by: upload.uploadedBy } },
        { $setOnInsert: { name, at: new Date() } },
        { upsert: true },
      ),
    );
    return { sha256, name, mediaType, size };
  }

  /** Another upload of the same bytes may win the race: its copy is as good as ours. */
  private async store(
    path: string,
    sha256: string,
    name: string,
    mediaType: EvidenceMediaType,
  ): Promise<void> {
    const id = new ObjectId();
    const metadata: FileMetadata = { sha256, mediaType };
    try {
      await guarded(() =>
        pipeline(
          createReadStream(path),
          this.bucket.openUploadStreamWithId(id, name, { metadata }),
        ),
      );
    } catch (error) {
      // The chunks went in under our own id; the files document was refused or never written.
      await this.bucket.delete(id).catch(() => undefined);
      if (!isDuplicateKey(error)) throw error;
    }
  }

  async describe(sha256: string): Promise<StoredFile | null> {
    if (!SHA256_PATTERN.test(sha256)) return null;
    const file = await guarded(() => this.files.findOne({ 'metadata.sha256': sha256 }));
    if (!file) return null;
    const metadata = file.metadata as FileMetadata;
    return {
      sha256,
      name: String(file.filename),
      mediaType: metadata.mediaType,
      size: Number(file.length),
    };
  }

  async uploadedBy(sha256: string, actor: string): Promise<boolean> {
    if (!SHA256_PATTERN.test(sha256)) return false;
    const found = await guarded(() =>
      this.uploads.countDocuments({ _id: { sha256, by: actor } }, { limit: 1 }),
    );
    return found > 0;
  }

  async open(sha256: string): Promise<Readable | null> {
    if (!SHA256_PATTERN.test(sha256)) return null;
    const file = await guarded(() =>
      this.files.findOne({ 'metadata.sha256': sha256 }, { projection: { _id: 1 } }),
    );
    return file ? this.bucket.openDownloadStream(file._id) : null;
  }

  /**
   * Hashes the chunks themselves, in order: a download stream would stop at a chunk of
   * the wrong size, where `verify` wants the hash of what is there.
   */
  async check(sha256: string): Promise<FileCheck> {
    if (!SHA256_PATTERN.test(sha256)) return { status: 'missing' };
    const file = await guarded(() =>
      this.files.findOne({ 'metadata.sha256': sha256 }, { projection: { _id: 1 } }),
    );
    if (!file) return { status: 'missing' };
    const hash = createHash('sha256');
    const chunks = this.chunks.find({ files_id: file._id }, { sort: { n: 1 } });
    for await (const chunk of chunks) hash.update((chunk.data as Binary).buffer);
    const actual = hash.digest('hex');
    return actual === sha256 ? { status: 'intact' } : { status: 'changed', actualSha256: actual };
  }

  async close(): Promise<void> {}
}
