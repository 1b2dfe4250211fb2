import { createServer, connect, type Server, type Socket } from 'node:net';
import { BSON } from 'mongodb';

/** The driver's own traffic (handshakes, monitoring, auth): not a store round trip of the product. */
const HOUSEKEEPING = new Set([
  'hello',
  'ismaster',
  'isMaster',
  'ping',
  'saslStart',
  'saslContinue',
  'buildInfo',
  'endSessions',
]);

const OP_MSG = 2013;

/**
 * A TCP proxy in front of a MongoDB-wire server that counts the commands its clients
 * send, by name (`find`, `insert`...): one request message is one round trip. It sees
 * the wire, so it counts any version of the product alike, whatever its code.
 */
export class WireCounter {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private counts = new Map<string, number>();

  private constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
    server: Server,
  ) {
    this.server = server;
  }

  /** Listens on a free port of 127.0.0.1, forwarding to the server of `mongoUri`. */
  static async start(mongoUri: string): Promise<WireCounter> {
    const url = new URL(mongoUri);
    const target = { host: url.hostname, port: Number(url.port || 27017) };
    let counter: WireCounter | null = null;
    const server = createServer((client) => counter?.forward(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port to count on');
    counter = new WireCounter(target, address.port, server);
    return counter;
  }

  /** `mongoUri` with the proxy in the server's place, connected to it alone. */
  uriFor(mongoUri: string): string {
    const url = new URL(mongoUri);
    url.host = `127.0.0.1:${this.port}`;
    url.searchParams.set('directConnection', 'true');
    return url.toString();
  }

  /** The commands counted since the last take, by name; starts counting afresh. */
  take(): Map<string, number> {
    const counted = this.counts;
    this.counts = new Map();
    return counted;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private forward(client: Socket): void {
    const upstream = connect(this.target.port, this.target.host);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    upstream.pipe(client);
    let pending = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 16 && pending.length >= pending.readInt32LE(0)) {
        const length = pending.readInt32LE(0);
        this.count(pending.subarray(0, length));
        pending = pending.subarray(length);
      }
    });
  }

  /** The command of one request message: the first key of its body section (OP_MSG). */
  private count(message: Buffer): void {
    let name = 'legacy op';
    // header (16 bytes), flag bits (4), then the body section: kind 0 and a BSON document
    if (message.readInt32LE(12) === OP_MSG && message[20] === 0) {
      const size = message.readInt32LE(21);
      const body = BSON.deserialize(message.subarray(21, 21 + size));
      name = Object.keys(body)[0] ?? name;
    }
    if (HOUSEKEEPING.has(name)) return;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
}
