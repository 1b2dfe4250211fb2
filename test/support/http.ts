import { bearer } from './auth';
/** A small JSON client over fetch for the end-to-end suites. */
export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

export async function call<T = any>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  // Every call carries the office's token unless the test sends its own (or `authorization: 'none'`).
  const withToken: Record<string, string> = { ...(await bearer()), ...headers };
  if (withToken.authorization === 'none') delete withToken.authorization;
  const init: RequestInit = { method, headers: withToken };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: response.status, body: parsed as T, headers: response.headers, text };
}

export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 15000,
  what = 'a condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${what}: last value ${JSON.stringify(value)?.slice(0, 500)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs `check` until it stops throwing (views catching up), then returns; rethrows the last failure at the deadline. */
export async function eventually(check: () => Promise<void>, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** The status, code and field of a refusal, to compare in one line. */
export async function refusal(answer: Promise<Answer>) {
  const { status, body } = await answer;
  return { status, code: body?.code, field: body?.field };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
