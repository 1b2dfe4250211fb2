import type { EvidenceFile } from './evidence';

/** A kept file for specs: its hash made from its name, so that two names never share one. */
export function evidenceFile(name: string, mediaType = 'application/pdf'): EvidenceFile {
  const hex = [...name].map((char) => char.codePointAt(0)!.toString(16)).join('');
  return { sha256: hex.padEnd(64, '0').slice(-64), name, mediaType, size: 1024 };
}
