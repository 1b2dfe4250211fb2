/**
 * Calls to the JSON API from the pages: the session cookie goes with every request, the
 * CSRF token with every write, and the version the page read (If-Match) with every
 * change of a record. Errors come back as ApiError with the API's problem document.
 */
import { session } from './session';

export interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

export interface Problem {
  readonly status: number;
  readonly code: string;
  readonly title?: string;
  readonly detail?: string;
  readonly field?: string;
  readonly errors?: readonly FieldProblem[];
  readonly retryAfterSeconds?: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }

  get code(): string {
    return this.problem?.code ?? '';
  }
}

export interface Write {
  /** The version the page read: the API answers 412 if someone else changed the record since. */
  readonly version?: number;
  /** Retries of the same action send the same key and are answered once. */
  readonly idempotencyKey?: string;
}

async function problemOf(response: Response): Promise<Problem | null> {
  try {
    return (await response.json()) as Problem;
  } catch {
    return null;
  }
}

async function send(method: string, path: string, body: unknown, write: Write): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const csrf = session.value?.csrfToken;
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  if (write.version !== undefined) headers['if-match'] = `"${write.version}"`;
  if (write.idempotencyKey) headers['idempotency-key'] = write.idempotencyKey;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, null);
  }
  if (response.ok) return response;
  throw new ApiError(response.status, await problemOf(response));
}

export async function get<T>(path: string): Promise<T> {
  return (await (await send('GET', path, undefined, {})).json()) as T;
}

/** Every item of a paged list (`{ items, next }`), following `next`. */
export async function getAll<T>(path: string, pages = 50): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < pages; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const url: string = cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path;
    const answer = await get<{ items: T[]; next: string | null }>(url);
    items.push(...answer.items);
    cursor = answer.next;
    if (!cursor) break;
  }
  return items;
}

/** An answer that is a file (a report as CSV or Excel), read as the caller needs it. */
export function getFile(path: string): Promise<Response> {
  return send('GET', path, undefined, {});
}

export async function post<T>(path: string, body?: unknown, write: Write = {}): Promise<T> {
  const response = await send('POST', path, body ?? {}, write);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export async function put<T>(path: string, body: unknown, write: Write = {}): Promise<T> {
  return (await (await send('PUT', path, body, write)).json()) as T;
}

export async function remove(path: string, write: Write = {}): Promise<void> {
  await send('DELETE', path, undefined, write);
}

/** A new key for one user action: its retries send the same one. */
export function actionKey(): string {
  return crypto.randomUUID();
}
