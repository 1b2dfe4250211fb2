/** Longest name kept, in characters: long enough for any real photo or scan name. */
export const FILE_NAME_MAX = 200;

/** What a file is called when its upload names nothing usable. */
export const UNNAMED = 'file';

/**
 * The name an upload is kept under: its last path segment (some browsers send the
 * client's full path), without control characters, and characters that mean something
 * to a file system or a header replaced by `_`; Chinese and other letters are kept.
 * At most FILE_NAME_MAX characters, the extension kept when cut.
 */
export function sanitiseFileName(raw: string | undefined | null): string {
  const segment = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = segment
    // Control characters are what this removes.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*;]/g, '_')
    .trim()
    .replace(/^\.+/, '');
  if (cleaned === '') return UNNAMED;
  const chars = [...cleaned];
  if (chars.length <= FILE_NAME_MAX) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? [...cleaned.slice(dot)].slice(0, 16).join('') : '';
  return chars.slice(0, FILE_NAME_MAX - [...extension].length).join('') + extension;
}

/** `inline; filename*=UTF-8''…` with an ASCII fallback, as RFC 6266 and RFC 8187 write it. */
export function inlineDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
