import { ApiClient } from '../lib/api';
import { adminToken, BENCH_JWT_SECRET } from '../lib/auth';
import { BENCH_RATE_LIMIT_PER_MINUTE } from '../lib/deployment';
import { EventGenerator, loadMongo, loadPlan, loadSqlite, type LoadPlan } from '../lib/load-events';
import { MemoryLog } from '../lib/memory';
import { freePort, NodeProcess } from '../lib/processes';
import {
  bothModesAndEmbedded,
  type BenchContext,
  type BenchMode,
  type ScenarioResult,
  type TargetCheck,
} from '../lib/scenario';
import { percentile, round } from '../lib/stats';
import {
  distributedDatabase,
  embeddedDataDir,
  eventTopic,
  markViewsBuilt,
  runCli,
  viewsBuilt,
} from './rebuild';

const WARM_UP = 3;
const TARGET_P95_MS = 50;

interface Case {
  readonly name: string;
  /** The query string of the i-th request; values vary so no answer is simply repeated. */
  readonly path: (i: number) => string;
}

/** Every filter GET /audit/events takes, alone and combined, and the paging by cursor. */
function cases(generator: EventGenerator): Case[] {
  const pick = <T>(list: readonly T[], i: number) => list[(i * 7919) % list.length]!;
  const types = ['LectureDelivered', 'SocietyAssigned', 'ServiceTaskEvaluated', 'LectureScheduled'];
  const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
  const month = (i: number) => {
    const start = new Date(Date.UTC(pick(years, i), i % 12, 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    return `from=${start.toISOString()}&to=${end.toISOString()}`;
  };
  const q = (query: string) => `/audit/events?${query}`;
  return [
    { name: 'no filter (first page)', path: () => q('limit=100') },
    { name: 'actor', path: (i) => q(`actor=${encodeURIComponent(`委员${(i % 100) + 1}号`)}`) },
    { name: 'event type', path: (i) => q(`type=${pick(types, i)}`) },
    { name: 'society', path: (i) => q(`societyId=${pick(generator.societyIds, i)}`) },
    { name: 'member', path: (i) => q(`memberId=${pick(generator.memberIds, i)}`) },
    { name: 'campaign', path: (i) => q(`campaignId=${pick(generator.campaignIds, i)}`) },
    { name: 'stream', path: (i) => q(`streamId=society-${pick(generator.societyIds, i)}`) },
    { name: 'time range (a month)', path: (i) => q(month(i)) },
    {
      name: 'society + type',
      path: (i) => q(`societyId=${pick(generator.societyIds, i)}&type=LectureDelivered`),
    },
    {
      name: 'campaign + type',
      path: (i) => q(`campaignId=${pick(generator.campaignIds, i)}&type=${pick(types, i)}`),
    },
    {
      name: 'actor + time range',
      path: (i) => q(`actor=${encodeURIComponent(`委员${(i % 100) + 1}号`)}&${month(i)}`),
    },
    {
      name: 'type + time range',
      path: (i) => q(`type=${pick(types, i)}&${month(i)}`),
    },
  ];
}

interface CaseFigures {
  readonly name: string;
  readonly requests: number;
  readonly p50: number;
  readonly p95: number;
  readonly meanItems: number;
}

async function measure(api: ApiClient, name: string, paths: string[]): Promise<CaseFigures> {
  const latencies: number[] = [];
  let items = 0;
  for (const [i, path] of paths.entries()) {
    const started = process.hrtime.bigint();
    const answer = await api.get(path);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (answer.status !== 200)
      throw new Error(
        `GET ${path} answered ${answer.status}: ${answer.body.toString().slice(0, 300)}`,
      );
    if (i >= WARM_UP) {
      latencies.push(ms);
      items += (JSON.parse(answer.body.toString('utf8')) as { items: unknown[] }).items.length;
    }
  }
  return {
    name,
    requests: latencies.length,
    p50: round(percentile(latencies, 50), 1),
    p95: round(percentile(latencies, 95), 1),
    meanItems: round(items / Math.max(1, latencies.length), 1),
  };
}

/** Follows `next` page after page; each page's request is one sample. */
async function pagePaths(api: ApiClient, first: string, pages: number): Promise<string[]> {
  const paths = [first];
  let path = first;
  while (paths.length < pages) {
    const answer = await api.get(path);
    const next = (JSON.parse(answer.body.toString('utf8')) as { next: string | null }).next;
    if (!next) break;
    path = `${first}&cursor=${encodeURIComponent(next)}`;
    paths.push(path);
  }
  return paths;
}

async function runMode(
  context: BenchContext,
  plan: LoadPlan,
  mode: 'embedded' | 'distributed',
  memory: MemoryLog,
  samples: number,
): Promise<CaseFigures[]> {
  const generator = new EventGenerator(plan);
  const port = await freePort();
  const base = {
    PORT: String(port),
    HOST: '127.0.0.1',
    AUTH_JWT_SECRET: BENCH_JWT_SECRET,
    RATE_LIMIT_PER_MINUTE: String(BENCH_RATE_LIMIT_PER_MINUTE),
    SEAL_INTERVAL_MINUTES: '0',
  };
  let env: Record<string, string>;
  if (mode === 'embedded') {
    const dataDir = embeddedDataDir(plan);
    await loadSqlite(dataDir, plan, context.log);
    env = { ...base, MODE: 'embedded', DATA_DIR: dataDir, MONGODB_URI: '', KAFKA_BROKERS: '' };
  } else {
    const dbName = distributedDatabase(plan);
    await loadMongo(context.mongoUri, dbName, plan, context.log);
    env = {
      ...base,
      MODE: 'distributed',
      MONGODB_URI: context.mongoUri,
      MONGODB_DB: dbName,
      KAFKA_BROKERS: context.kafkaBrokers.join(','),
      KAFKA_TOPIC: eventTopic(plan),
    };
  }
  if (!(await viewsBuilt(mode, plan, context.mongoUri))) {
    context.log(`audit: building the ${mode} read models (cli rebuild)`);
    await runCli('rebuild', env);
    await markViewsBuilt(mode, plan, context.mongoUri);
  }
  const api = NodeProcess.app('api', `api (${mode}, audit)`, env, memory).start();
  try {
    await api.waitFor(/listening on/);
    const client = new ApiClient(`http://127.0.0.1:${port}`, await adminToken());
    const figures: CaseFigures[] = [];
    for (const c of cases(generator)) {
      const paths = Array.from({ length: samples + WARM_UP }, (_, i) => c.path(i));
      figures.push(await measure(client, c.name, paths));
    }
    const paging = await pagePaths(
      client,
      '/audit/events?type=LectureDelivered&limit=100',
      samples + WARM_UP,
    );
    figures.push(await measure(client, 'paging by cursor (type, next pages)', paging));
    return figures;
  } finally {
    await api.stop();
  }
}

export const [scenario, embeddedScenario] = bothModesAndEmbedded(
  'audit',
  'Audit queries over one million events',
  runAudit,
);

async function runAudit(
  context: BenchContext,
  modes: readonly BenchMode[],
): Promise<ScenarioResult> {
  const plan = loadPlan(context.scale);
  const memory = new MemoryLog();
  const samples = 40;
  const results: { mode: 'embedded' | 'distributed'; figures: CaseFigures[] }[] = [];
  for (const mode of modes) {
    context.log(`audit: ${mode}`);
    results.push({ mode, figures: await runMode(context, plan, mode, memory, samples) });
  }
  const targets: TargetCheck[] = results.flatMap(({ mode, figures }) =>
    figures.map((f) => ({
      what: `audit p95, ${mode}: ${f.name}`,
      target: `< ${TARGET_P95_MS} ms`,
      measured: `${f.p95} ms`,
      met: f.p95 < TARGET_P95_MS,
    })),
  );
  return {
    tables: results.map(({ mode, figures }) => ({
      title: `GET /audit/events over ${plan.targetEvents.toLocaleString('en')} events, ${mode} (HTTP against a started api)`,
      columns: ['filter', 'requests', 'p50 ms', 'p95 ms', 'items per page'],
      rows: figures.map((f) => [f.name, f.requests, f.p50, f.p95, f.meanItems]),
    })),
    targets,
    memory: memory.entries(),
    notes: [
      'Each filter is asked over HTTP of a started api (admin token), one request at a time, 100 items per page, with a different value on every request (another society, member, month...); the first 3 are a warm-up.',
      'The read models were built by `npm run cli -- rebuild` from the loaded events; the api of each mode reads them as in production (embedded: SQLite; distributed: the MongoDB-wire server).',
      'Paging: the `next` cursor followed page after page through every LectureDelivered event.',
      "A page is one find over the audit trail in `_id` (recording) order, served by the indexes `{<field>: 1, _id: 1}` of docs/adr/0010-secondary-indexes.md: the server reads a field's index from the value given and stops at the page's limit. Society or campaign given with a type is read from the compound index of both (`{societyId: 1, type: 1, _id: 1}`, `{campaignId: 1, type: 1, _id: 1}`; SQLite: the same fields in an expression index). The member filter looks into an array (`memberIds`): MongoDB's multikey index; SQLite keeps the array's elements in a table beside the view (`rm_audit_events$memberIds`), the MongoDB-wire server here in a table that a trigger keeps (tools/ferretdb/patches/0004), each read in `_id` order from the member given.",
    ],
    data: { plan, results },
  };
}
