import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import type { StoredCommit } from '@pb/event-store';
import { BENCH_JWT_SECRET } from '../lib/auth';
import { ensureEventTopic, rawKafkaRead, rawSqliteRead } from '../lib/event-topic';
import {
  loadMongo,
  loadPlan,
  loadSqlite,
  type LoadPlan,
  type LoadResult,
} from '../lib/load-events';
import { peakRssMiB } from '../lib/memory';
import { cpuProfileFlags, ROOT } from '../lib/processes';
import {
  bothModesAndEmbedded,
  type BenchContext,
  type ProcessMemory,
  type ScenarioResult,
  type TargetCheck,
} from '../lib/scenario';
import { percentOf, round } from '../lib/stats';

/**
 * Where each mode keeps the loaded events between runs and scenarios: under .cache
 * (not the scenario's work directory, which the runner empties).
 */
export function embeddedDataDir(plan: LoadPlan): string {
  return join(ROOT, '.cache', 'bench-events', `embedded-${plan.targetEvents}`);
}
export function distributedDatabase(plan: LoadPlan): string {
  return `bench_events_${plan.targetEvents}`;
}
export function eventTopic(plan: LoadPlan): string {
  return `bench.events.${plan.targetEvents}`;
}

/**
 * Bump when the read models change shape: a store whose views were built by another
 * version is rebuilt before the audit scenario queries it.
 */
export const VIEWS_VERSION = 'audit-indexes-1';

/** Records that the store's read models were built by this version (a rebuild just ran). */
export async function markViewsBuilt(
  mode: 'embedded' | 'distributed',
  plan: LoadPlan,
  mongoUri: string,
): Promise<void> {
  if (mode === 'embedded') {
    writeFileSync(join(embeddedDataDir(plan), `views-${VIEWS_VERSION}`), 'built');
    return;
  }
  const client = await new MongoClient(mongoUri).connect();
  try {
    await client
      .db(distributedDatabase(plan))
      .collection<{ _id: string }>('bench_meta')
      .updateOne({ _id: VIEWS_VERSION }, { $set: { _id: VIEWS_VERSION } }, { upsert: true });
  } finally {
    await client.close();
  }
}

/** Whether the store's read models were built by this version. */
export async function viewsBuilt(
  mode: 'embedded' | 'distributed',
  plan: LoadPlan,
  mongoUri: string,
): Promise<boolean> {
  if (mode === 'embedded') return existsSync(join(embeddedDataDir(plan), `views-${VIEWS_VERSION}`));
  const client = await new MongoClient(mongoUri).connect();
  try {
    const meta = client.db(distributedDatabase(plan)).collection<{ _id: string }>('bench_meta');
    return (await meta.findOne({ _id: VIEWS_VERSION })) !== null;
  } finally {
    await client.close();
  }
}

/** `npm run cli -- <command>` as a child process: its wall time, peak RSS and output. */
export async function runCli(
  command: string,
  env: Record<string, string>,
): Promise<{ seconds: number; peakMiB: number; output: string }> {
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [...cpuProfileFlags(), join(ROOT, 'dist', 'apps', 'api', 'src', 'cli.js'), command],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on(
    'data',
    (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000)),
  );
  child.stderr.on(
    'data',
    (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000)),
  );
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, child.pid ? (peakRssMiB(child.pid) ?? 0) : 0);
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`cli ${command} exited with ${code}:\n${output}`);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMiB: peak, output };
}

/** The plainest full read with the driver: one find over `commits`, each document counted. */
async function rawMongoRead(
  uri: string,
  dbName: string,
): Promise<{ seconds: number; events: number }> {
  const client = await new MongoClient(uri).connect();
  try {
    const started = process.hrtime.bigint();
    let events = 0;
    for await (const doc of client
      .db(dbName)
      .collection<StoredCommit>('commits')
      .find({})
      .batchSize(1000))
      events += doc.events.length;
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9, events };
  } finally {
    await client.close();
  }
}

interface ModeFigures {
  readonly mode: 'embedded' | 'distributed';
  readonly load: LoadResult;
  readonly rebuildSeconds: number;
  readonly rebuildPerSecond: number;
  readonly rawStorePerSecond: number;
  readonly rawKafkaPerSecond: number | null;
  readonly peakMiB: number;
}

/** A mode's figures from its load, its CLI rebuild and its raw store read. */
function modeFigures(
  mode: ModeFigures['mode'],
  load: LoadResult,
  rebuild: { readonly seconds: number; readonly peakMiB: number },
  raw: { readonly seconds: number; readonly events: number },
  rawKafkaPerSecond: number | null,
): ModeFigures {
  return {
    mode,
    load,
    rebuildSeconds: rebuild.seconds,
    rebuildPerSecond: load.events / rebuild.seconds,
    rawStorePerSecond: raw.events / raw.seconds,
    rawKafkaPerSecond,
    peakMiB: rebuild.peakMiB,
  };
}

export const [scenario, embeddedScenario] = bothModesAndEmbedded(
  'rebuild',
  'Projection rebuild from one million events',
  async (context, modes) => {
    const plan = loadPlan(context.scale);
    const figures: ModeFigures[] = [];
    const memory: ProcessMemory[] = [];
    if (modes.includes('embedded')) figures.push(await rebuildEmbedded(context, plan, memory));
    if (modes.includes('distributed'))
      figures.push(await rebuildDistributed(context, plan, memory));
    return rebuildResult(plan, figures, memory);
  },
);

/** Embedded: SQLite files, the CLI with DATA_DIR. */
async function rebuildEmbedded(
  context: BenchContext,
  plan: LoadPlan,
  memory: ProcessMemory[],
): Promise<ModeFigures> {
  const dataDir = embeddedDataDir(plan);
  context.log(`rebuild: loading ${plan.targetEvents} events into SQLite`);
  const sqliteLoad = await loadSqlite(dataDir, plan, context.log);
  context.log(
    `rebuild: ${sqliteLoad.events} events ${sqliteLoad.reused ? 'reused' : `loaded in ${round(sqliteLoad.seconds)} s`}`,
  );
  const sqliteRaw = rawSqliteRead(join(dataDir, 'events.sqlite'));
  context.log('rebuild: embedded rebuild (cli)');
  const embedded = await runCli('rebuild', {
    MODE: 'embedded',
    DATA_DIR: dataDir,
    MONGODB_URI: '',
    KAFKA_BROKERS: '',
  });
  memory.push({ process: 'cli rebuild (embedded)', peakRssMiB: embedded.peakMiB });
  await markViewsBuilt('embedded', plan, context.mongoUri);
  return modeFigures('embedded', sqliteLoad, embedded, sqliteRaw, null);
}

/** Distributed: the MongoDB-wire server for the store and the views, Kafka for the raw read. */
async function rebuildDistributed(
  context: BenchContext,
  plan: LoadPlan,
  memory: ProcessMemory[],
): Promise<ModeFigures> {
  const dbName = distributedDatabase(plan);
  context.log(`rebuild: loading ${plan.targetEvents} events into ${dbName}`);
  const mongoLoad = await loadMongo(context.mongoUri, dbName, plan, context.log);
  context.log(
    `rebuild: ${mongoLoad.events} events ${mongoLoad.reused ? 'reused' : `loaded in ${round(mongoLoad.seconds)} s`}`,
  );
  const mongoRaw = await rawMongoRead(context.mongoUri, dbName);
  const topic = eventTopic(plan);
  const produced = await ensureEventTopic(context.kafkaBrokers, topic, plan, context.log);
  const kafkaSeconds = await rawKafkaRead(context.kafkaBrokers, topic, produced.messages);
  context.log('rebuild: distributed rebuild (cli)');
  const distributed = await runCli('rebuild', {
    MODE: 'distributed',
    MONGODB_URI: context.mongoUri,
    MONGODB_DB: dbName,
    KAFKA_BROKERS: context.kafkaBrokers.join(','),
    KAFKA_TOPIC: topic,
    AUTH_JWT_SECRET: BENCH_JWT_SECRET,
  });
  memory.push({ process: 'cli rebuild (distributed)', peakRssMiB: distributed.peakMiB });
  await markViewsBuilt('distributed', plan, context.mongoUri);
  return modeFigures(
    'distributed',
    mongoLoad,
    distributed,
    mongoRaw,
    produced.messages / kafkaSeconds,
  );
}

/** Events per second a rebuild of a million events must reach, per mode. */
const REBUILD_TARGET_PER_SECOND = { embedded: 20_000, distributed: 5_000 } as const;

function rebuildResult(
  plan: LoadPlan,
  figures: readonly ModeFigures[],
  memory: ProcessMemory[],
): ScenarioResult {
  const targets: TargetCheck[] = figures.flatMap((f) => [
    {
      what: `rebuild, ${f.mode}: events per second`,
      target: `≥ ${REBUILD_TARGET_PER_SECOND[f.mode].toLocaleString('en')}/s`,
      measured: `${Math.round(f.rebuildPerSecond)}/s`,
      met: f.rebuildPerSecond >= REBUILD_TARGET_PER_SECOND[f.mode],
    },
    {
      what: `rebuild, ${f.mode}: share of the raw store read`,
      target: '≥ 50%',
      measured: `${percentOf(f.rebuildPerSecond, f.rawStorePerSecond)}%`,
      met: f.rebuildPerSecond >= 0.5 * f.rawStorePerSecond,
    },
  ]);
  return {
    tables: [
      {
        title: `Rebuild of ${plan.targetEvents.toLocaleString('en')} events (npm run cli -- rebuild, a child process)`,
        columns: [
          'mode',
          'events',
          'rebuild s',
          'rebuild events/s',
          'raw store read events/s',
          'rebuild / raw store',
          'raw Kafka read events/s',
          'rebuild / raw Kafka',
          'cli peak RSS MiB',
          'load s',
        ],
        rows: figures.map((f) => [
          f.mode,
          f.load.events,
          round(f.rebuildSeconds, 1),
          Math.round(f.rebuildPerSecond),
          Math.round(f.rawStorePerSecond),
          `${percentOf(f.rebuildPerSecond, f.rawStorePerSecond)}%`,
          f.rawKafkaPerSecond === null ? '—' : Math.round(f.rawKafkaPerSecond),
          f.rawKafkaPerSecond === null
            ? '—'
            : `${percentOf(f.rebuildPerSecond, f.rawKafkaPerSecond)}%`,
          f.peakMiB,
          f.load.reused ? 'reused' : round(f.load.seconds, 1),
        ]),
      },
    ],
    targets,
    memory,
    notes: [
      'The rebuild is the real path: `npm run cli -- rebuild` as a child process (replay into the next generation, status views, switch, catch-up, drop the old generation), timed from spawn to exit, so it includes the process start and the 2.5 s it waits before dropping the old generation.',
      'Raw store read: embedded, every row of the commits table in rowid order with each body parsed (better-sqlite3); distributed, one find() over commits with the driver, unsorted, batches of 1,000.',
      'Raw Kafka read: a kafkajs consumer in a fresh group reading the same events from the beginning of a topic of their own (12 partitions), each value parsed.',
      'The events are made by the product deciders and chained like the command runner chains them (verify passes); the loaded stores are kept between runs (SQLite under the work directory, MongoDB database bench_events_<n>, Kafka topic bench.events.<n>).',
    ],
    data: { plan, figures },
  };
}
