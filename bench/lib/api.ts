/** A small HTTP client for setting a scenario up: every call must answer 2xx. */
export class ApiClient {
  constructor(
    readonly base: string,
    readonly token: string,
  ) {}

  async post<T = { id: string; streamId: string; version: number }>(
    path: string,
    body: unknown,
  ): Promise<T> {
    const answer = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
    });
    const text = await answer.text();
    if (!answer.ok)
      throw new Error(`POST ${path} answered ${answer.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }

  /** Uploads one evidence file (POST /files, multipart); answers its SHA-256. */
  async upload(bytes: Buffer, name: string): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const answer = await fetch(`${this.base}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: form,
    });
    const text = await answer.text();
    if (!answer.ok) throw new Error(`POST /files answered ${answer.status}: ${text.slice(0, 300)}`);
    return (JSON.parse(text) as { sha256: string }).sha256;
  }

  /** GETs a path; returns the status and the whole body as bytes. */
  async get(path: string): Promise<{ status: number; body: Buffer }> {
    const answer = await fetch(`${this.base}${path}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    return { status: answer.status, body: Buffer.from(await answer.arrayBuffer()) };
  }
}
