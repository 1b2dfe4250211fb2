import type { Readable } from 'node:stream';
import type { EvidenceMediaType } from './media-type';

/** A file as the store holds it: named by the SHA-256 of its bytes. */
export interface StoredFile {
  readonly sha256: string;
  /** The name of the first upload of these bytes, sanitised. */
  readonly name: string;
  readonly mediaType: EvidenceMediaType;
  readonly size: number;
}

/** One upload: who sent it and under which name (sanitised by the store). */
export interface Upload {
  readonly name: string;
  readonly uploadedBy: string;
}

/** What `verify` finds of a referenced file: there and unchanged, gone, or other bytes. */
export type FileCheck =
  | { readonly status: 'intact' }
  | { readonly status: 'missing' }
  | { readonly status: 'changed'; readonly actualSha256: string };

/** A SHA-256 written as 64 lowercase hex digits: the only form a file is named by. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Evidence files, each kept once by its SHA-256. The abstract class is the DI token;
 * `FolderFileStore` (embedded) and `GridFsFileStore` (distributed) pass
 * `fileStoreContract`.
 */
export abstract class FileStore {
  /**
   * Reads an upload up to `maxBytes`, checks what its bytes are and keeps them unless the
   * same bytes are kept already; remembers who uploaded them. Throws FileTooLarge or
   * FileTypeUnsupported. The answer names the file as this upload did.
   */
  abstract put(
    source: AsyncIterable<Uint8Array>,
    upload: Upload,
    maxBytes: number,
  ): Promise<StoredFile>;

  /** The file kept under this hash, or null. */
  abstract describe(sha256: string): Promise<StoredFile | null>;

  /** Whether this actor uploaded these bytes (they may read them before any record names them). */
  abstract uploadedBy(sha256: string, actor: string): Promise<boolean>;

  /** The bytes, or null when no file is kept under this hash. */
  abstract open(sha256: string): Promise<Readable | null>;

  /** Reads the file whole and compares its hash with its name. */
  abstract check(sha256: string): Promise<FileCheck>;

  abstract close(): Promise<void>;
}
