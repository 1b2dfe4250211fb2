import { MongoClient, type Db, type ServerHeartbeatStartedEvent } from 'mongodb';

/** Where the store is: the server's URI and the database the process uses. */
export interface MongoSettings {
  readonly uri: string;
  readonly database: string;
}

const CONNECT_TIMEOUT_MS = 2000;
/** The driver's default, named because the hang watch below depends on it. */
const HEARTBEAT_FREQUENCY_MS = 10000;

/**
 * One client per process. Short selection and connect timeouts make a dead store
 * answer 503 within about two seconds instead of thirty.
 */
export async function connectMongo(
  settings: MongoSettings,
): Promise<{ client: MongoClient; db: Db }> {
  const client = new MongoClient(settings.uri, {
    serverSelectionTimeoutMS: 2000,
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    heartbeatFrequencyMS: HEARTBEAT_FREQUENCY_MS,
    socketTimeoutMS: 20000,
    maxPoolSize: 32,
    retryWrites: false,
    writeConcern: { w: 'majority', journal: true },
  });
  await client.connect();
  reconnectWhenMonitorHangs(client);
  return { client, db: client.db(settings.database) };
}

/**
 * A heartbeat still open well past its own timeout has hung. A polled one times out
 * after the connect timeout; an awaited one (real MongoDB streams them) may wait a
 * heartbeat period on the server first.
 */
function hungAfterMs(event: ServerHeartbeatStartedEvent): number {
  return event.awaited ? 3 * (CONNECT_TIMEOUT_MS + HEARTBEAT_FREQUENCY_MS) : 5 * CONNECT_TIMEOUT_MS;
}

/**
 * When the server closes a connection, Node destroys the socket a moment before it
 * emits 'close'; a driver write in that moment waits for a 'drain' that never comes
 * (mongodb 6.22). If the write was a server monitor's heartbeat, the monitor never
 * checks again, and every operation fails server selection for good although the
 * server is back (seen when FerretDB restarts under load). A heartbeat that has neither
 * succeeded nor failed long after its timeout is that hang: close the client and
 * connect it again, which brings a fresh monitor and pool; the collections the adapters
 * hold go on working. A close by the application stops the watch.
 */
function reconnectWhenMonitorHangs(client: MongoClient): void {
  let open: { since: number; limit: number } | null = null;
  let reconnecting = false;
  client.on('serverHeartbeatStarted', (event) => {
    open ??= { since: performance.now(), limit: hungAfterMs(event) };
  });
  client.on('serverHeartbeatSucceeded', () => (open = null));
  client.on('serverHeartbeatFailed', () => (open = null));
  client.on('topologyClosed', () => {
    if (!reconnecting) clearInterval(watch);
  });
  const reconnect = async (): Promise<void> => {
    await client.close();
    // The store may be down still: try again until it answers.
    for (;;) {
      try {
        await client.connect();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  };
  const watch = setInterval(() => {
    // Monotonic: a clock jump must neither fake a hang nor hide one.
    if (reconnecting || open === null || performance.now() - open.since < open.limit) return;
    reconnecting = true;
    open = null;
    process.emitWarning('a MongoDB heartbeat hung: connecting the client again', 'StoreWarning');
    void reconnect().finally(() => (reconnecting = false));
  }, 1000);
  watch.unref();
}
