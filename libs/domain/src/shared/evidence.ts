import { InvalidInput } from './errors';
import { requireText } from './text';

/** A file kept by the system: named by the SHA-256 of its bytes (64 lowercase hex digits). */
export interface EvidenceFile {
  readonly sha256: string;
  /** The name it was uploaded or recorded under, sanitised. */
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
}

/**
 * A reference recorded before files were kept (schema version 1): a text naming a file the
 * system never saw, kept as `name`. No command records one any more.
 */
export interface EvidenceReference {
  readonly sha256: null;
  readonly name: string;
  readonly mediaType: null;
  readonly size: null;
}

/** One piece of evidence a record names: a kept file, or a reference from before files were kept. */
export type Evidence = EvidenceFile | EvidenceReference;

export const EVIDENCE_MAX = 50;
/** A reference of schema version 1 was at most this long; an evidence name is at most FILE_NAME_MAX. */
export const EVIDENCE_REF_MAX = 500;
export const EVIDENCE_NAME_MAX = 200;

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The files a command records, `min` to `max` (absent means none). The handler has
 * looked each one up in the file store; a file named twice is refused.
 */
export function requireEvidence(
  field: string,
  values: readonly Evidence[] | undefined,
  min = 0,
  max = EVIDENCE_MAX,
): EvidenceFile[] {
  const list = values ?? [];
  if (!Array.isArray(list) || list.length < min || list.length > max)
    throw new InvalidInput(
      field,
      'LIST.LENGTH_OUT_OF_RANGE',
      `${field} must list from ${min} to ${max} files`,
    );
  const seen = new Set<string>();
  return list.map((file, index) => {
    const at = `${field}[${index}]`;
    if (file.sha256 === null || !SHA256.test(file.sha256))
      throw new InvalidInput(
        `${at}.sha256`,
        'FILE.NOT_FOUND',
        `${at}.sha256 names no uploaded file`,
      );
    if (seen.has(file.sha256))
      throw new InvalidInput(
        `${at}.sha256`,
        'LIST.REPEATED',
        `${field} lists ${file.sha256} twice`,
      );
    seen.add(file.sha256);
    return {
      sha256: file.sha256,
      name: requireText(`${at}.name`, file.name, EVIDENCE_NAME_MAX),
      mediaType: file.mediaType,
      size: file.size,
    };
  });
}
