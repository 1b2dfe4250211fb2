import { InvalidInput } from './errors';

/**
 * Normalises a person's or an organisation's name as typed in Chinese or English:
 * Unicode NFC, surrounding spaces (ASCII and the full-width U+3000) trimmed.
 */
export function normaliseName(value: string): string {
  return value.normalize('NFC').replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
}

/** Checks a required free-text field after normalisation; returns the normalised text. */
export function requireText(field: string, value: string, maxLength: number): string {
  const text = normaliseName(value);
  if (text.length === 0) throw new InvalidInput(field, 'TEXT.EMPTY', `${field} must not be empty`);
  if ([...text].length > maxLength)
    throw new InvalidInput(
      field,
      'TEXT.TOO_LONG',
      `${field} must be at most ${maxLength} characters`,
    );
  return text;
}
