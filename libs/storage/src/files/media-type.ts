/** The kinds of evidence kept: photos (JPEG, PNG, HEIC from a phone) and PDFs (scans). */
export const EVIDENCE_MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/heic',
  'application/pdf',
] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** Bytes enough to tell every kind apart: the HEIC brand ends at offset 12. */
export const SNIFF_BYTES = 12;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = [...'%PDF-'].map((char) => char.charCodeAt(0));
/** ISO-BMFF major brands of HEIF images as phones write them (HEVC-coded and generic). */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1']);

function startsWith(head: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => head[offset + index] === byte);
}

/**
 * The media type the bytes themselves declare, or null when they are none of the kinds
 * kept. The name and the client's Content-Type are not trusted: a text renamed `.jpg` is
 * still text.
 */
export function sniffMediaType(head: Uint8Array): EvidenceMediaType | null {
  if (startsWith(head, JPEG)) return 'image/jpeg';
  if (startsWith(head, PNG)) return 'image/png';
  if (startsWith(head, PDF)) return 'application/pdf';
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head.length >= SNIFF_BYTES && ascii(4, 8) === 'ftyp' && HEIC_BRANDS.has(ascii(8, 12)))
    return 'image/heic';
  return null;
}
