import { connectMongo } from '@pb/storage';
import type { Db, MongoClient } from 'mongodb';
import { until } from './http';
import { AppProcess, freePort, type AppName } from './processes';
import { kafkaBrokers, mongoUri, uniqueName } from './servers';

const READY: Record<AppName, RegExp> = {
  api: /listening on/,
  relay: /relay started/,
  projector: /projector started/,
};

/** Where the servers are, as one app or the test itself reaches them. */
export interface ServerAddresses {
  readonly mongoUri: string;
  readonly kafkaBrokers: readonly string[];
}

/** An app's own way to the servers (through a fault proxy, say) and settings of its own. */
export interface AppSettings extends Partial<ServerAddresses> {
  readonly env?: Readonly<Record<string, string>>;
}

/** The servers for the test's own checks, and what differs per app. */
export interface ClusterServers extends ServerAddresses {
  readonly apps?: Partial<Record<AppName, AppSettings>>;
}

/** The distributed mode as three processes of ours on the real servers, in a database and topic of its own. */
export class Cluster {
  readonly apps = new Map<AppName, AppProcess>();
  private readonly extras = new Map<string, AppProcess>();

  private constructor(
    readonly env: Record<string, string>,
    readonly base: string,
    readonly client: MongoClient,
    readonly db: Db,
    private readonly appEnv: Partial<Record<AppName, Record<string, string>>> = {},
  ) {}

  /** On the shared servers, or on `servers` of the suite's own (one it may stop and start). */
  static async start(
    name: string,
    servers: ClusterServers = {
      mongoUri: mongoUri(),
      kafkaBrokers: kafkaBrokers(),
    },
  ): Promise<Cluster> {
    const port = await freePort();
    const database = uniqueName(`pb_${name}`);
    const env = {
      MODE: 'distributed',
      PORT: String(port),
      MONGODB_URI: servers.mongoUri,
      MONGODB_DB: database,
      KAFKA_BROKERS: servers.kafkaBrokers.join(','),
      KAFKA_TOPIC: uniqueName(`pb.${name}.events`),
      KAFKA_PARTITIONS: '4',
      PROJECTOR_GROUP: uniqueName(`pb.${name}.projector`),
      KAFKA_INBOUND_TOPIC: uniqueName(`pb.${name}.society-register`),
      KAFKA_INBOUND_DLQ_TOPIC: uniqueName(`pb.${name}.society-register.dlq`),
      INBOUND_GROUP: uniqueName(`pb.${name}.inbound`),
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      KAFKA_HEARTBEAT_INTERVAL_MS: '500',
    };
    const { client, db } = await connectMongo({ uri: servers.mongoUri, database });
    const cluster = new Cluster(
      env,
      `http://127.0.0.1:${port}`,
      client,
      db,
      addressesPerApp(servers.apps ?? {}),
    );
    await Promise.all((['relay', 'projector', 'api'] as const).map((app) => cluster.restart(app)));
    return cluster;
  }

  app(name: AppName): AppProcess {
    return this.apps.get(name)!;
  }

  /** Starts (again) one app, with settings of its own if given, and waits until it is ready. */
  async restart(name: AppName, env: Record<string, string> = {}): Promise<void> {
    const app = new AppProcess(name, { ...this.envOf(name), ...env }).start();
    this.apps.set(name, app);
    await app.waitFor(READY[name]);
  }

  /** Another instance of an app beside the first (a second projector in the consumer group). */
  async startExtra(name: AppName, key: string): Promise<AppProcess> {
    const app = new AppProcess(name, this.envOf(name)).start();
    this.extras.set(key, app);
    await app.waitFor(READY[name]);
    return app;
  }

  private envOf(name: AppName): Record<string, string> {
    return { ...this.env, ...this.appEnv[name] };
  }

  async stop(): Promise<void> {
    await Promise.all([...this.apps.values(), ...this.extras.values()].map((app) => app.stop()));
    await this.db.dropDatabase();
    await this.client.close();
  }
}

function addressesPerApp(
  apps: NonNullable<ClusterServers['apps']>,
): Partial<Record<AppName, Record<string, string>>> {
  return Object.fromEntries(
    Object.entries(apps).map(([app, settings]) => [
      app,
      {
        ...(settings.mongoUri && { MONGODB_URI: settings.mongoUri }),
        ...(settings.kafkaBrokers && { KAFKA_BROKERS: settings.kafkaBrokers.join(',') }),
        ...settings.env,
      },
    ]),
  );
}

/** The relay's last word about its lease: 'active', 'standby' or null before it spoke. */
export function relayState(relay: AppProcess): 'active' | 'standby' | null {
  const states = [...relay.output.join('').matchAll(/relay is (active|standby)/g)];
  return (states[states.length - 1]?.[1] as 'active' | 'standby' | undefined) ?? null;
}

/** Waits until the relay says it is `state` (it logs each change of its lease). */
export async function untilRelayIs(
  relay: AppProcess,
  state: 'active' | 'standby',
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  await until(
    async () => relayState(relay),
    (now) => now === state,
    timeoutMs,
    what,
  );
}
