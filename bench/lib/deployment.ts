import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient, type Db } from 'mongodb';
import { ApiClient } from './api';
import { adminToken, BENCH_JWT_SECRET } from './auth';
import type { MemoryLog } from './memory';
import { freePort, NodeProcess } from './processes';
import type { BenchContext } from './scenario';

/**
 * The api's rate limit per token, raised for the load (the bench sends everything with
 * one token); the limiter itself stays on, so its cost is measured.
 */
export const BENCH_RATE_LIMIT_PER_MINUTE = 1_000_000;

/** A name no other run uses, for databases, topics and groups. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
}

/** The api with everything it needs, as processes of ours; stopped with stop(). */
export interface Deployment {
  readonly mode: 'distributed' | 'embedded';
  readonly api: ApiClient;
  readonly env: Record<string, string>;
  readonly processes: NodeProcess[];
  /** distributed: the database the processes use. */
  readonly db: Db | null;
  /** embedded: the directory of the SQLite files. */
  readonly dataDir: string | null;
  stop(): Promise<void>;
}

function baseEnv(port: number): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    AUTH_JWT_SECRET: BENCH_JWT_SECRET,
    RATE_LIMIT_PER_MINUTE: String(BENCH_RATE_LIMIT_PER_MINUTE),
    SEAL_INTERVAL_MINUTES: '0',
    // the worker processes' metrics endpoints, on any free port
    METRICS_PORT: '0',
  };
}

/**
 * The distributed mode: api, relay and projector as three processes on the bench's
 * servers, in a database and on a topic of their own (12 partitions, as in production).
 * `start` lists the apps to start now (all by default).
 */
export async function startDistributed(
  context: BenchContext,
  name: string,
  memory: MemoryLog,
  start: readonly ('api' | 'relay' | 'projector')[] = ['relay', 'projector', 'api'],
): Promise<Deployment & { startApp(app: 'api' | 'relay' | 'projector'): Promise<NodeProcess> }> {
  const port = await freePort();
  const env = {
    ...baseEnv(port),
    MODE: 'distributed',
    MONGODB_URI: context.mongoUri,
    MONGODB_DB: uniqueName(`bench_${name}`),
    KAFKA_BROKERS: context.kafkaBrokers.join(','),
    KAFKA_TOPIC: uniqueName(`bench.${name}.events`),
    PROJECTOR_GROUP: uniqueName(`bench.${name}.projector`),
  };
  const client = await new MongoClient(context.mongoUri).connect();
  const db = client.db(env.MONGODB_DB);
  const processes: NodeProcess[] = [];
  const startApp = async (app: 'api' | 'relay' | 'projector') => {
    const child = NodeProcess.app(app, app, env, memory).start();
    processes.push(child);
    await child.waitFor(READY[app]);
    return child;
  };
  await Promise.all(start.map(startApp));
  return {
    mode: 'distributed',
    api: new ApiClient(`http://127.0.0.1:${port}`, await adminToken()),
    env,
    processes,
    db,
    dataDir: null,
    startApp,
    stop: async () => {
      await Promise.all(processes.map((child) => child.stop()));
      await db.dropDatabase().catch(() => undefined);
      await client.close();
      await deleteTopic(context.kafkaBrokers, env.KAFKA_TOPIC);
    },
  };
}

/** The embedded mode: one api process with SQLite files in the scenario's directory. */
export async function startEmbedded(
  context: BenchContext,
  name: string,
  memory: MemoryLog,
): Promise<Deployment> {
  const port = await freePort();
  const dataDir = join(context.workDir, uniqueName(`embedded-${name}`));
  mkdirSync(dataDir, { recursive: true });
  return startEmbeddedIn(dataDir, port, memory);
}

/** The embedded api on an existing data directory (one the scenario filled first). */
export async function startEmbeddedIn(
  dataDir: string,
  port: number,
  memory: MemoryLog,
): Promise<Deployment> {
  const env = { ...baseEnv(port), MODE: 'embedded', DATA_DIR: dataDir };
  const api = NodeProcess.app('api', 'api (embedded)', env, memory).start();
  await api.waitFor(READY.api);
  return {
    mode: 'embedded',
    api: new ApiClient(`http://127.0.0.1:${port}`, await adminToken()),
    env,
    processes: [api],
    db: null,
    dataDir,
    stop: async () => {
      await api.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const READY = {
  api: /listening on/,
  relay: /relay started/,
  projector: /projector started/,
} as const;

export async function deleteTopic(brokers: string[], topic: string): Promise<void> {
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
  try {
    await admin.connect();
    await admin.deleteTopics({ topics: [topic], timeout: 10_000 });
  } catch {
    // a topic never created, or a broker that is slow to answer: nothing to clean
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
