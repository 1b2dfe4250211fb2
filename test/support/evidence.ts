import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer } from './auth';
import type { Answer } from './http';

const FIXTURES = join(__dirname, '../fixtures/evidence');

/** The bytes of a file under test/fixtures/evidence. */
export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

/**
 * POST /files with one part `file` (the office's token unless `token` is given), after the
 * text parts `fields` if any.
 */
export async function upload(
  base: string,
  bytes: Buffer,
  name: string,
  token?: string,
  fields: readonly (readonly [string, string])[] = [],
): Promise<Answer> {
  const form = new FormData();
  for (const [field, value] of fields) form.append(field, value);
  form.append('file', new Blob([bytes]), name);
  const response = await fetch(`${base}/files`, {
    method: 'POST',
    headers: await bearer(token),
    body: form,
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : null,
    headers: response.headers,
    text,
  };
}

/** Uploads a fixture and answers how a record names it; fails unless the upload is kept. */
export async function uploaded(
  base: string,
  name: string,
  token?: string,
): Promise<{ sha256: string }> {
  const answer = await upload(base, fixture(name), name, token);
  if (answer.status !== 201)
    throw new Error(`upload of ${name} answered ${answer.status}: ${answer.text}`);
  return { sha256: answer.body.sha256 };
}
