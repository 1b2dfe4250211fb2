import { InvalidInput } from '../shared/errors';
import { requireText } from '../shared/text';

/** Ids of societies, members and files are opaque texts of at most this length. */
export const ID_MAX = 100;
/** An evidence reference: a file id or a link. */
export const EVIDENCE_REF_MAX = 500;
export const EVIDENCE_MAX = 50;
export const NOTE_MAX = 2000;

/**
 * A list of texts (ids unless said otherwise), each non-empty, none repeated, with `min` to `max`
 * entries. The order is kept: for a draw it is the stated order the algorithm depends on.
 */
export function requireTextList(
  field: string,
  values: readonly string[],
  min: number,
  max: number,
  maxLength = ID_MAX,
): string[] {
  if (!Array.isArray(values) || values.length < min || values.length > max)
    throw new InvalidInput(
      field,
      'LIST.LENGTH_OUT_OF_RANGE',
      `${field} must list from ${min} to ${max} entries`,
    );
  const seen = new Set<string>();
  return values.map((value, index) => {
    const text = requireText(`${field}[${index}]`, value, maxLength);
    if (seen.has(text))
      throw new InvalidInput(`${field}[${index}]`, 'LIST.REPEATED', `${field} lists ${text} twice`);
    seen.add(text);
    return text;
  });
}

/** Evidence references (photos, scans, links), at least `min`; absent means none. */
export function requireEvidence(
  field: string,
  values: readonly string[] | undefined,
  min = 0,
): string[] {
  const list = values ?? [];
  if (!Array.isArray(list) || list.length < min || list.length > EVIDENCE_MAX)
    throw new InvalidInput(
      field,
      'LIST.LENGTH_OUT_OF_RANGE',
      `${field} must list from ${min} to ${EVIDENCE_MAX} references`,
    );
  return list.map((ref, index) => requireText(`${field}[${index}]`, ref, EVIDENCE_REF_MAX));
}

/** One of a fixed set of words, checked because the edge may pass any text. */
export function requireOneOf<T extends string>(
  field: string,
  value: string,
  allowed: readonly T[],
): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined)
    throw new InvalidInput(
      field,
      'VALUE.NOT_ALLOWED',
      `${field} must be one of ${allowed.join(', ')}`,
    );
  return found;
}

/** A later command names the same subject as the stream's first event, or the caller mixed streams up. */
export function requireSameSubject(
  code: string,
  expected: Readonly<Record<string, string>>,
  given: Readonly<Record<string, string>>,
): void {
  for (const [field, value] of Object.entries(expected))
    if (given[field] !== value)
      throw new InvalidInput(field, code, `${field} ${given[field]} is not this stream's ${value}`);
}
