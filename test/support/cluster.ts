import { connectMongo } from '@pb/storage';
import type { Db, MongoClient } from 'mongodb';
import { AppProcess, freePort, type AppName } from './processes';
import { kafkaBrokers, mongoUri, uniqueName } from './servers';

const READY: Record<AppName, RegExp> = {
  api: /listening on/,
  relay: /relay started/,
  projector: /projector started/,
};

/** The distributed mode as three processes of ours on the real servers, in a database and topic of its own. */
export class Cluster {
  readonly apps = new Map<AppName, AppProcess>();
  private readonly extras = new Map<string, AppProcess>();

  private constructor(
    readonly env: Record<string, string>,
    readonly base: string,
    readonly client: MongoClient,
    readonly db: Db,
  ) {}

  /**
   * On the shared servers, or on `servers` of the suite's own (one it may stop and start);
   * `settings` are added to every app's environment.
   */
  static async start(
    name: string,
    servers: { mongoUri: string; kafkaBrokers: string[] } = {
      mongoUri: mongoUri(),
      kafkaBrokers: kafkaBrokers(),
    },
    settings: Record<string, string> = {},
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
      ...settings,
    };
    const { client, db } = await connectMongo({ uri: servers.mongoUri, database });
    const cluster = new Cluster(env, `http://127.0.0.1:${port}`, client, db);
    await Promise.all((['relay', 'projector', 'api'] as const).map((app) => cluster.restart(app)));
    return cluster;
  }

  app(name: AppName): AppProcess {
    return this.apps.get(name)!;
  }

  /** Starts (again) one app, with settings of its own if given, and waits until it is ready. */
  async restart(name: AppName, env: Record<string, string> = {}): Promise<void> {
    const app = new AppProcess(name, { ...this.env, ...env }).start();
    this.apps.set(name, app);
    await app.waitFor(READY[name]);
  }

  /** Another instance of an app beside the first (a second projector in the consumer group). */
  async startExtra(name: AppName, key: string): Promise<AppProcess> {
    const app = new AppProcess(name, this.env).start();
    this.extras.set(key, app);
    await app.waitFor(READY[name]);
    return app;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.apps.values(), ...this.extras.values()].map((app) => app.stop()));
    await this.db.dropDatabase();
    await this.client.close();
  }
}
