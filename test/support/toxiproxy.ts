import { quietPorts, runServerScript } from './own-servers';

/** The fetch of the moment this file loaded: a suite may pace its own requests, not these. */
const request = globalThis.fetch;

/** Toxics of toxiproxy 2.5 that the network suite uses, with their attributes. */
export type Toxic =
  | { type: 'latency'; attributes: { latency: number; jitter: number } }
  | { type: 'bandwidth'; attributes: { rate: number } }
  | { type: 'reset_peer'; attributes: { timeout: number } }
  | { type: 'timeout'; attributes: { timeout: number } };

/** Which way a toxic works: from the server to the client (downstream) or back. */
export type Direction = 'upstream' | 'downstream';

/**
 * A toxiproxy server of the suite's own (scripts/servers/toxiproxy-start.sh builds and
 * starts it), driven through its control API.
 */
export class Toxiproxy {
  private constructor(
    private readonly env: Record<string, string>,
    private readonly url: string,
  ) {}

  static async start(): Promise<Toxiproxy> {
    const [port] = await quietPorts(1);
    const env = { TOXIPROXY_PORT: String(port) };
    await runServerScript('toxiproxy-start.sh', env);
    return new Toxiproxy(env, `http://127.0.0.1:${port}`);
  }

  /** A proxy to `upstream` (host:port) from 127.0.0.1:`listen`, a quiet port unless given. */
  async proxy(name: string, upstream: string, listen?: number): Promise<Proxy> {
    listen ??= (await quietPorts(1))[0]!;
    await this.api('POST', '/proxies', {
      name,
      listen: `127.0.0.1:${listen}`,
      upstream,
      enabled: true,
    });
    return new Proxy(name, listen, (method, path, body) =>
      this.api(method, `/proxies/${name}${path}`, body),
    );
  }

  /** Every proxy enabled again and every toxic removed. */
  async heal(): Promise<void> {
    await this.api('POST', '/reset');
  }

  async stop(): Promise<void> {
    await runServerScript('toxiproxy-stop.sh', this.env, ['--clean']);
  }

  private async api(method: string, path: string, body?: unknown): Promise<void> {
    const answer = await request(`${this.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!answer.ok)
      throw new Error(
        `toxiproxy ${method} ${path} answered ${answer.status}: ${await answer.text()}`,
      );
  }
}

type Api = (method: string, path: string, body?: unknown) => Promise<void>;

/** One proxied route, whose faults the suite turns on and off. */
export class Proxy {
  private toxics = 0;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly api: Api,
  ) {}

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Adds a toxic on the given directions; returns its removal. */
  async add(
    toxic: Toxic,
    directions: readonly Direction[] = ['downstream'],
  ): Promise<() => Promise<void>> {
    const names = directions.map((stream) => `${toxic.type}-${stream}-${++this.toxics}`);
    await Promise.all(
      directions.map((stream, i) =>
        this.api('POST', '/toxics', { ...toxic, name: names[i], stream, toxicity: 1 }),
      ),
    );
    return async () => {
      await Promise.all(names.map((name) => this.api('DELETE', `/toxics/${name}`)));
    };
  }

  /**
   * Nothing passes (the given ways, both by default), and connections stay open (a
   * partition, not a closed port: the other side sees silence, as when packets are
   * dropped); returns the healing, which closes the connections the partition held.
   */
  partition(
    directions: readonly Direction[] = ['upstream', 'downstream'],
  ): Promise<() => Promise<void>> {
    return this.add({ type: 'timeout', attributes: { timeout: 0 } }, directions);
  }

  /** Disabled, every connection through it is closed and new ones are refused. */
  async setEnabled(enabled: boolean): Promise<void> {
    await this.api('POST', '', { enabled });
  }
}
