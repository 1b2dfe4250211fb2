import { loadConfig, type Runtime } from '@pb/platform';
import { codeHash, normalizedCode, RatingCodes } from './rating-codes';

const taskId = '7b1d3f58-2a6c-4e9b-8d40-1e2f3a4b5c06';
const codesWith = (env: Record<string, string>) =>
  // RatingCodes reads only the configuration of the runtime.
  new RatingCodes({ config: loadConfig({ DATA_DIR: '/nonexistent', ...env }) } as Runtime);
const secret = { AUTH_JWT_SECRET: 'a-token-secret-of-at-least-32-bytes!!' };

describe('rating codes', () => {
  it('derives the same 12-letter base32 codes again for the same task and opening', () => {
    const codes = codesWith(secret);
    const first = codes.codes(taskId, 4, 30);
    expect(first).toHaveLength(30);
    expect(new Set(first).size).toBe(30);
    for (const code of first) expect(code).toMatch(/^[A-Z2-7]{12}$/);
    expect(codesWith(secret).codes(taskId, 4, 30)).toEqual(first);
  });

  it('derives other codes for another opening, another task or another secret', () => {
    const [code] = codesWith(secret).codes(taskId, 4, 1);
    expect(codesWith(secret).codes(taskId, 9, 1)[0]).not.toBe(code);
    expect(codesWith(secret).codes(taskId.replace('7b', '7c'), 4, 1)[0]).not.toBe(code);
    const own = { ...secret, RATING_CODE_SECRET: 'a-rating-code-secret-of-32-bytes!!' };
    expect(codesWith(own).codes(taskId, 4, 1)[0]).not.toBe(code);
  });

  it('reads a code typed in lower case, in groups or with digits for O and I, and refuses what cannot be one', () => {
    expect(normalizedCode('k7qm-2xw4 pz3a')).toBe('K7QM2XW4PZ3A');
    expect(normalizedCode('K7QM2XW4PZ3')).toBeNull();
    expect(normalizedCode('K7QM2XW4PZ38')).toBeNull();
    expect(normalizedCode('K7QM2XW4P03I')).toBe('K7QM2XW4PO3I');
    expect(normalizedCode('K7QM2XW4PZ31')).toBe('K7QM2XW4PZ3I');
  });

  it('keeps a code as the SHA-256 hex of its letters', () => {
    expect(codeHash('K7QM2XW4PZ3A')).toMatch(/^[0-9a-f]{64}$/);
    expect(codeHash('K7QM2XW4PZ3A')).not.toBe(codeHash('K7QM2XW4PZ3B'));
  });
});
