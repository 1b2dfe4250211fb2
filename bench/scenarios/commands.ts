import { cpus } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BSON, MongoClient, type Db, type Document } from 'mongodb';
import type autocannon from 'autocannon';
import {
  commandMix,
  SCHEDULE_BODY,
  setUpCampaign,
  type CampaignSetup,
} from '../lib/campaign-setup';
import {
  BENCH_RATE_LIMIT_PER_MINUTE,
  startDistributed,
  startEmbedded,
  uniqueName,
  type Deployment,
} from '../lib/deployment';
import { CPU_GROUPS, cpuPerOperation, measureCpu, type CpuUse } from '../lib/cpu';
import { httpLoad, operationLoad, type LoadFigures } from '../lib/load';
import { MemoryLog } from '../lib/memory';
import { freePort, NodeProcess, ROOT } from '../lib/processes';
import { measureRoundTrips, roundTripTable, type RoundTrips } from '../lib/round-trips';
import type { BenchContext, Scenario, ScenarioResult, Table, TargetCheck } from '../lib/scenario';
import { percentOf } from '../lib/stats';

const CONCURRENCIES = [1, 8, 32, 64];
/** The concurrency the targets are judged at (the reference figures use 32). */
const JUDGED_AT = 32;
/** Issue 19's targets: commands at these shares of raw insertOne and of the no-op route. */
const DISTRIBUTED_TARGET_PERCENT = 30;
const EMBEDDED_TARGET_PERCENT = 40;
/** The campaign the commands work in: the seed scenario's size. */
const SOCIETIES = 100;
const LIAISONS = 12;

interface Level {
  readonly connections: number;
  readonly noop: LoadFigures;
  readonly insert: LoadFigures;
  readonly distributed: LoadFigures;
  embedded?: LoadFigures;
  /** The CPU every process on the machine used during each run of the level. */
  readonly cpu: { noop: CpuUse; insert: CpuUse; distributed: CpuUse; embedded?: CpuUse };
}

/** Scenario 1: commands over HTTP in both modes, beside a no-op route and raw inserts. */
export const commandsScenario: Scenario = {
  name: 'commands',
  title: 'Commands over HTTP',
  async run(context: BenchContext): Promise<ScenarioResult> {
    const memory = new MemoryLog();
    const seconds = Math.max(3, Math.round(10 * context.scale));
    const noopPort = await freePort();
    const noop = new NodeProcess(
      'no-op server',
      join(ROOT, 'dist', 'bench', 'bench', 'noop', 'main.js'),
      {},
      memory,
      [String(noopPort)],
    ).start();
    await noop.waitFor(/listening on/);
    const noopRequests: autocannon.Request[] = [
      { method: 'POST', path: '/noop', body: JSON.stringify(SCHEDULE_BODY) },
    ];
    const noopLoad = (connections: number, duration = seconds) =>
      httpLoad({
        url: `http://127.0.0.1:${noopPort}`,
        connections,
        seconds: duration,
        headers: JSON_HEADERS,
        requests: noopRequests,
      });

    const levels: Level[] = [];
    let commitBytes = 0;
    let roundTrips: RoundTrips[] = [];
    try {
      context.log('commands: counting the store round trips of each command type');
      roundTrips = await measureRoundTrips(context, memory);
      // Distributed mode, with both baselines at each level.
      context.log('commands: distributed mode, setting up');
      const cluster = await startDistributed(context, 'commands', memory);
      // The event store's own client settings: write concern and pool size.
      const inserts = await new MongoClient(context.mongoUri, {
        writeConcern: { w: 'majority', journal: true },
        maxPoolSize: 32,
      }).connect();
      const insertDb = inserts.db(uniqueName('bench_insert'));
      try {
        const setup = await setUpCampaign(cluster.api, SOCIETIES, LIAISONS);
        await commandLoad(cluster, setup, 8, 3);
        await noopLoad(8, 3);
        const sample = await sampleCommit(cluster.db!);
        commitBytes = BSON.calculateObjectSize(sample);
        const raw = insertDb.collection<Document & { _id: string }>('commits');
        await raw.insertOne({ ...sample, _id: 'warm-up' });
        for (const connections of CONCURRENCIES) {
          context.log(`commands: ${connections} connection(s), ${seconds} s each`);
          const noopRun = await measureCpu(() => noopLoad(connections));
          const insert = await measureCpu(() =>
            operationLoad(connections, seconds, (worker, n) =>
              raw.insertOne({ ...sample, _id: `${connections}:${worker}:${n}` }),
            ),
          );
          const distributed = await measureCpu(() =>
            commandLoad(cluster, setup, connections, seconds),
          );
          levels.push({
            connections,
            noop: noopRun.result,
            insert: insert.result,
            distributed: distributed.result,
            cpu: { noop: noopRun.cpu, insert: insert.cpu, distributed: distributed.cpu },
          });
        }
      } finally {
        await insertDb.dropDatabase().catch(() => undefined);
        await inserts.close();
        await cluster.stop();
      }

      context.log('commands: embedded mode');
      const embedded = await startEmbedded(context, 'commands', memory);
      try {
        const setup = await setUpCampaign(embedded.api, SOCIETIES, LIAISONS);
        await commandLoad(embedded, setup, 8, 3);
        for (const level of levels) {
          const run = await measureCpu(() =>
            commandLoad(embedded, setup, level.connections, seconds),
          );
          level.embedded = run.result;
          level.cpu.embedded = run.cpu;
        }
      } finally {
        await embedded.stop();
      }
    } finally {
      await noop.stop();
    }
    const sqlitePerSecond = sqliteCommits(join(context.workDir, 'reference.sqlite'), commitBytes);
    return report(levels, roundTrips, seconds, commitBytes, sqlitePerSecond, memory);
  },
};

const JSON_HEADERS = { 'content-type': 'application/json' };

function commandLoad(
  deployment: Deployment,
  setup: CampaignSetup,
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  return httpLoad({
    url: deployment.api.base,
    connections,
    seconds,
    headers: { ...JSON_HEADERS, authorization: `Bearer ${deployment.api.token}` },
    requests: commandMix(setup),
  });
}

/** A commit of the mix as stored, the median by size, without its `_id`. */
async function sampleCommit(db: Db): Promise<Document> {
  const docs = await db.collection('commits').find({}).limit(400).toArray();
  const sized = docs
    .map((doc) => ({ doc, size: BSON.calculateObjectSize(doc) }))
    .sort((a, b) => a.size - b.size);
  const { _id: _ignored, ...rest } = sized[Math.floor(sized.length / 2)]!.doc;
  return rest;
}

/** Single-row commits per second into SQLite with the event store's settings (WAL, synchronous=FULL). */
function sqliteCommits(file: string, bytes: number): number {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE IF NOT EXISTS commits (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO commits (id, body) VALUES (?, ?)');
    const body = 'x'.repeat(Math.max(100, bytes));
    const started = Date.now();
    let n = 0;
    while (Date.now() - started < 3000) insert.run(`commit-${n++}`, body);
    return Math.round((n * 1000) / (Date.now() - started));
  } finally {
    db.close();
  }
}

/**
 * Where the machine's CPU went at the judged level: CPU milliseconds per answered
 * operation of each kind of process, the load generator included.
 */
function cpuTable(level: Level): Table {
  const runs: [string, LoadFigures | undefined, CpuUse | undefined][] = [
    ['no-op route (a request)', level.noop, level.cpu.noop],
    ['raw insertOne (an insert)', level.insert, level.cpu.insert],
    ['commands, distributed (a command)', level.distributed, level.cpu.distributed],
    ['commands, embedded (a command)', level.embedded, level.cpu.embedded],
  ];
  const used = CPU_GROUPS.filter((group) =>
    runs.some(([, , cpu]) => (cpu?.byGroup[group] ?? 0) > 0),
  );
  return {
    title: `CPU per operation at ${level.connections} connections, by process (CPU ms per answered operation; the machine's ${cpus().length} cores give ${cpus().length * 1000} ms per second)`,
    columns: ['run', 'operations/s', 'machine busy', ...used, 'total CPU ms'],
    rows: runs.flatMap(([what, figures, cpu]) => {
      if (!figures || !cpu) return [];
      const per = cpuPerOperation(cpu, figures.ok);
      return [
        [
          what,
          figures.perSecond,
          `${cpu.busyPercent}%`,
          ...used.map((group) => per[group]),
          per.total,
        ],
      ];
    }),
  };
}

function report(
  levels: readonly Level[],
  roundTrips: readonly RoundTrips[],
  seconds: number,
  commitBytes: number,
  sqlitePerSecond: number,
  memory: MemoryLog,
): ScenarioResult {
  const judged = levels.find((level) => level.connections === JUDGED_AT) ?? levels[0]!;
  const distributedRatio = percentOf(judged.distributed.perSecond, judged.insert.perSecond);
  const embeddedRatio = percentOf(judged.embedded?.perSecond ?? 0, judged.noop.perSecond);
  const targets: TargetCheck[] = [
    {
      what: `commands, distributed, ${judged.connections} connections`,
      target: `≥ ${DISTRIBUTED_TARGET_PERCENT}% of raw insertOne`,
      measured: `${judged.distributed.perSecond}/s = ${distributedRatio}% of ${judged.insert.perSecond}/s`,
      met: distributedRatio >= DISTRIBUTED_TARGET_PERCENT,
    },
    {
      what: `commands, embedded, ${judged.connections} connections`,
      target: `≥ ${EMBEDDED_TARGET_PERCENT}% of the no-op route`,
      measured: `${judged.embedded?.perSecond ?? 0}/s = ${embeddedRatio}% of ${judged.noop.perSecond}/s`,
      met: embeddedRatio >= EMBEDDED_TARGET_PERCENT,
    },
  ];
  const failed = levels.reduce(
    (sum, level) => sum + level.distributed.failed + (level.embedded?.failed ?? 0),
    0,
  );
  return {
    tables: [
      {
        title: `Distributed mode (api, relay and projector processes; ${seconds} s per level)`,
        columns: [
          'connections',
          'commands/s',
          'p50 ms',
          'p99 ms',
          'failed',
          'raw insertOne/s',
          'insert p50 ms',
          'insert p99 ms',
          'commands ÷ insert',
          'no-op route/s',
          'commands ÷ no-op',
        ],
        rows: levels.map((level) => [
          level.connections,
          level.distributed.perSecond,
          level.distributed.p50Ms,
          level.distributed.p99Ms,
          level.distributed.failed,
          level.insert.perSecond,
          level.insert.p50Ms,
          level.insert.p99Ms,
          `${percentOf(level.distributed.perSecond, level.insert.perSecond)}%`,
          level.noop.perSecond,
          `${percentOf(level.distributed.perSecond, level.noop.perSecond)}%`,
        ]),
      },
      {
        title: `Embedded mode (one process, SQLite; ${seconds} s per level)`,
        columns: [
          'connections',
          'commands/s',
          'p50 ms',
          'p99 ms',
          'failed',
          'no-op route/s',
          'no-op p50 ms',
          'no-op p99 ms',
          'commands ÷ no-op',
        ],
        rows: levels.map((level) => [
          level.connections,
          level.embedded?.perSecond ?? 0,
          level.embedded?.p50Ms ?? 0,
          level.embedded?.p99Ms ?? 0,
          level.embedded?.failed ?? 0,
          level.noop.perSecond,
          level.noop.p50Ms,
          level.noop.p99Ms,
          `${percentOf(level.embedded?.perSecond ?? 0, level.noop.perSecond)}%`,
        ]),
      },
      cpuTable(judged),
      roundTripTable(roundTrips),
      {
        title: 'References',
        columns: ['what', 'figure'],
        rows: [
          ['commit document (median of the mix), BSON bytes', commitBytes],
          ['SQLite single-row commits/s (WAL, synchronous=FULL, same size)', sqlitePerSecond],
          [
            'embedded commands/s at 1 connection ÷ SQLite commits/s',
            `${percentOf(levels[0]?.embedded?.perSecond ?? 0, sqlitePerSecond)}%`,
          ],
        ],
      },
    ],
    targets,
    memory: memory.entries(),
    notes: [
      `The mix, eight commands a round on each connection: schedule a lecture, record its delivery, confirm it; propose a service task, accept it, record progress, complete it; register a society. The campaign has ${SOCIETIES} societies and ${LIAISONS} liaisons; every command is validated, authorised (admin token) and appended as one hash-chained commit.`,
      `The api's rate limit is raised by configuration for the load (RATE_LIMIT_PER_MINUTE=${BENCH_RATE_LIMIT_PER_MINUTE}): the bench sends everything with one token. The limiter still runs.`,
      "The no-op route is a NestJS app on the same Fastify adapter, in a process of its own, parsing the same JSON body and answering at once. Raw insertOne writes the median commit document of the mix into a plain collection (only the `_id` index) of the same MongoDB-wire server, from the bench process with one MongoClient with the event store's settings (write concern majority with journal, a pool of 32 connections).",
      'What a command costs beside one raw insert: the stream read, skipped for a command that starts its stream and reserves nothing (scheduling a lecture, proposing a service task: the unique commit id at seq 1 tells if the stream was there); the facts, two streams (the campaign and the lecturer or the society) read in one `_id` $in query of their heads and the ids after them when the api remembers them; then the outbox entry and the commit, one after the other (the entry first, so that the relay never updates a commit), each with write concern majority and journal; a command sent with an Idempotency-Key also looks its key up and writes its command entry first, and registering a society claims its name (and credit code) in `claims` and reads its stream, because the claim is undone if the append fails. On top come JSON validation, the token check and the rate limiter. In embedded mode every group of commits is an fsync on the event loop (synchronous=FULL), and the projector writes the views on a worker thread of the same process, which shares the two cores with the load generator; the SQLite reference above shows what one fsync costs on this disk.',
      "The round trips are counted on the wire: a proxy in front of the MongoDB-wire server counts the commands an api of its own sends (the driver's handshakes and monitoring left out) while the mix runs one command at a time, five rounds, median per type. The commit and its outbox entry stay two inserts: they live in two collections (the entry must sort by recording time in a collection of its own), and the MongoDB subset we keep has no multi-collection write in one round trip.",
      "CPU per operation: the user and system time of every process on the machine (`/proc/<pid>/stat`, threads included) over each run at the judged level, grouped by what the process is, divided by the operations answered. The load generator (autocannon for HTTP, the driver for raw inserts) runs in the bench runner. When the machine is near 100% busy the rate is bound by CPU: it is about the cores' 2,000 ms of CPU a second divided by the total CPU ms per operation, so the total per command beside that per raw insert (or per no-op request) shows where the ratio goes.",
      `In distributed mode the relay and the projector run beside the api during the load, on the same ${cpus().length}-core box, and share its CPU with the MongoDB-wire server, PostgreSQL and Kafka. ${failed} command(s) failed over all levels.`,
    ],
    data: { levels, roundTrips, seconds, commitBytes, sqlitePerSecond, judgedAt: JUDGED_AT },
  };
}
