import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { physicalNames, STREAM_POSITIONS } from '@pb/projections';
import type { ApiClient } from '../lib/api';
import { setUpCampaign, type CampaignSetup } from '../lib/campaign-setup';
import { startDistributed, startEmbedded, type Deployment } from '../lib/deployment';
import { MemoryLog } from '../lib/memory';
import { projectionWrites, type ProjectionWrites } from '../lib/projection-writes';
import type { BenchContext, Scenario, ScenarioResult, TargetCheck } from '../lib/scenario';
import { milliseconds, percentile, round, sleep } from '../lib/stats';

const RATE = 200;
/** The p99 lag each mode must stay under at the rate, nothing shed. */
const TARGET_P99_MS = { embedded: 500, distributed: 1_000 } as const;
/** Streams the watcher asks the views about per round (every 5 ms). */
const POLL_STREAMS = 500;

interface Sent {
  readonly streamId: string;
  readonly version: number;
  readonly answeredAt: bigint;
  lagMs?: number;
}

interface LagFigures {
  readonly mode: 'embedded' | 'distributed';
  readonly seconds: number;
  readonly sent: number;
  readonly ratePerSecond: number;
  readonly failed: number;
  /** Of the failed: refused at once with 503 API.OVERLOADED (MAX_COMMANDS_IN_FLIGHT). */
  readonly shed: number;
  /** The failures by what they answered (a status and code, or the client's error). */
  readonly failures: Record<string, number>;
  readonly commandP50Ms: number;
  readonly commandP99Ms: number;
  readonly lagP50Ms: number;
  readonly lagP99Ms: number;
  readonly lagMaxMs: number;
  readonly unseen: number;
  /** What the projector had applied and written by the end. */
  readonly writes: ProjectionWrites;
}

/** Scenario 4: from a command's 2xx answer to its stream's position in the views, at 200 commands a second. */
export const lagScenario: Scenario = {
  name: 'lag',
  title: 'End-to-end lag at 200 commands per second',
  async run(context: BenchContext): Promise<ScenarioResult> {
    const memory = new MemoryLog();
    const seconds = Math.max(5, Math.round(30 * context.scale));
    const figures: LagFigures[] = [];
    context.log(`lag: distributed mode, ${seconds} s`);
    const cluster = await startDistributed(context, 'lag', memory);
    try {
      const positions = cluster.db!.collection<{ _id: string; seq: number }>(
        physicalNames(STREAM_POSITIONS).documents,
      );
      figures.push(
        await measure(cluster, 'projector', seconds, async (ids) => {
          const docs = await positions
            .find({ _id: { $in: ids } }, { projection: { seq: 1 } })
            .toArray();
          return new Map(docs.map((doc) => [doc._id, doc.seq]));
        }),
      );
    } finally {
      await cluster.stop();
    }
    context.log(`lag: embedded mode, ${seconds} s`);
    const embedded = await startEmbedded(context, 'lag', memory);
    const views = new Database(join(embedded.dataDir!, 'views.sqlite'), { readonly: true });
    try {
      figures.push(
        await measure(embedded, 'api (embedded)', seconds, async (ids) => {
          const rows = views
            .prepare(
              `SELECT id, json_extract(body, '$.seq') AS seq FROM rm_stream_positions WHERE id IN (${ids.map(() => '?').join(',')})`,
            )
            .all(...ids) as { id: string; seq: number }[];
          return new Map(rows.map((row) => [row.id, row.seq]));
        }),
      );
    } finally {
      views.close();
      await embedded.stop();
    }
    const targets: TargetCheck[] = figures.map((f) => ({
      what: `lag p99 at ${RATE} commands/s, ${f.mode}`,
      target: `< ${TARGET_P99_MS[f.mode]} ms`,
      measured: `p99 ${f.lagP99Ms} ms (p50 ${f.lagP50Ms} ms) at ${f.ratePerSecond}/s, ${f.failed} failed (${f.shed} shed)`,
      met: f.lagP99Ms < TARGET_P99_MS[f.mode] && f.unseen === 0 && f.failed === 0,
    }));
    return {
      tables: [
        {
          title: `${RATE} commands/s for ${seconds} s; lag = 2xx answer received → stream position in the views`,
          columns: [
            'mode',
            'sent',
            'rate/s',
            'failed',
            'of which 503 overloaded',
            'command p50 ms',
            'command p99 ms',
            'lag p50 ms',
            'lag p99 ms',
            'lag max ms',
            'never seen',
          ],
          rows: figures.map((f) => [
            f.mode,
            f.sent,
            f.ratePerSecond,
            f.failed,
            f.shed,
            f.commandP50Ms,
            f.commandP99Ms,
            f.lagP50Ms,
            f.lagP99Ms,
            f.lagMaxMs,
            f.unseen,
          ]),
        },
        writesTable(figures),
      ],
      targets,
      memory: memory.entries(),
      notes: [
        ...figures
          .filter((f) => f.failed > 0)
          .map(
            (f) =>
              `Failures, ${f.mode}: ${Object.entries(f.failures)
                .sort((a, b) => b[1] - a[1])
                .map(([reason, n]) => `${n} × ${reason}`)
                .join(', ')}.`,
          ),
        'Documents written per event: the projector counts what it writes per collection (`pb_projection_documents_written_total`, read from its metrics endpoint at the end) and the events it applied (`pb_projection_events_total`). A batch writes each document it touched once, whatever the number of its events, plus one position per stream; a status view that comes out as it was is read again instead of written.',
        "Commands go out on a fixed schedule (open loop: a slow answer does not slow the sending), a mix of registering a society, proposing a service task, accepting one and recording progress on one. A command counts as visible when the projector has written its stream position (`stream_positions`), which it does after the stream's level-1 documents; the status views follow in the same batch. The bench polls the read store directly every 5 ms, at most 500 streams a round in turns, so the figures include up to one turn through the pending streams (5 ms while fewer than 500 are pending).",
        'Distributed path: api → MongoDB commit and outbox → relay (woken by its idle poll, RELAY_IDLE_MS=50) → Kafka → projector (fetch waits up to KAFKA_MAX_WAIT_MS=100 for 64 KiB) → read models. Embedded: the in-process relay is woken at once by the commit and hands the batch straight to the projector.',
      ],
      data: { figures, rate: RATE },
    };
  },
};

async function measure(
  deployment: Deployment,
  projectorLabel: string,
  seconds: number,
  positionsOf: (streamIds: string[]) => Promise<Map<string, number>>,
): Promise<LagFigures> {
  const setup = await setUpCampaign(deployment.api, 40, 8);
  const sent: Sent[] = [];
  const latencies: number[] = [];
  let failed = 0;
  let shed = 0;
  const failures: Record<string, number> = {};
  let attempts = 0;
  let sending = true;
  const pending = new Set<Sent>();
  const watcher = (async () => {
    const deadline = () => !sending && (pending.size === 0 || Date.now() > stopAt + 30_000);
    let round = 0;
    while (!deadline()) {
      if (pending.size > 0) {
        // At most POLL_STREAMS streams a round, in turns: a watcher that asked for every
        // pending stream each time would load the server it measures the more, the further
        // the views fall behind.
        const all = [...new Set([...pending].map((s) => s.streamId))];
        const from = (round++ * POLL_STREAMS) % all.length;
        const ids = [...all, ...all].slice(from, from + Math.min(POLL_STREAMS, all.length));
        const seen = await positionsOf(ids);
        const now = process.hrtime.bigint();
        for (const s of pending)
          if (seen.has(s.streamId) && seen.get(s.streamId)! >= s.version) {
            s.lagMs = milliseconds(s.answeredAt, now);
            pending.delete(s);
          }
      }
      await sleep(5);
    }
  })();
  const mix = new Mix(deployment.api, setup);
  const started = Date.now();
  let stopAt = started + seconds * 1000;
  const inFlight: Promise<void>[] = [];
  while (Date.now() < stopAt) {
    const due = Math.floor(((Date.now() - started) / 1000) * RATE);
    while (attempts < due) {
      const n = attempts++;
      const t = process.hrtime.bigint();
      inFlight.push(
        mix.next(n).then(
          (answer) => {
            const answeredAt = process.hrtime.bigint();
            latencies.push(milliseconds(t, answeredAt));
            const s: Sent = { ...answer, answeredAt };
            sent.push(s);
            pending.add(s);
          },
          (error: Error) => {
            failed++;
            if (error.message.includes('API.OVERLOADED')) shed++;
            const reason = failureReason(error);
            failures[reason] = (failures[reason] ?? 0) + 1;
          },
        ),
      );
    }
    await sleep(2);
  }
  await Promise.all(inFlight);
  stopAt = Date.now();
  sending = false;
  await watcher;
  const lags = sent.filter((s) => s.lagMs !== undefined).map((s) => s.lagMs!);
  const projector = deployment.processes.find((p) => p.label === projectorLabel);
  if (!projector) throw new Error(`no process ${projectorLabel}`);
  const writes = await projectionWrites(projector);
  return {
    mode: deployment.mode,
    seconds,
    sent: attempts,
    ratePerSecond: round(attempts / seconds, 0),
    failed,
    shed,
    failures,
    commandP50Ms: round(percentile(latencies, 50), 1),
    commandP99Ms: round(percentile(latencies, 99), 1),
    lagP50Ms: round(percentile(lags, 50), 1),
    lagP99Ms: round(percentile(lags, 99), 1),
    lagMaxMs: round(Math.max(0, ...lags), 1),
    unseen: sent.length - lags.length,
    writes,
  };
}

/** Register a society, propose a task, accept a proposed one, record progress on an accepted one. */
class Mix {
  private readonly proposed: string[] = [];
  private readonly accepted: string[] = [];

  constructor(
    private readonly api: ApiClient,
    private readonly setup: CampaignSetup,
  ) {}

  async next(n: number): Promise<{ streamId: string; version: number }> {
    const society = this.setup.societies[n % this.setup.societies.length]!;
    const kind = n % 4;
    if (kind === 2 && this.proposed.length > 0) {
      const task = this.proposed.shift()!;
      const answer = await this.api.post(`/service-tasks/${task}/accept`, {
        dueOn: '2021-12-31',
        urgency: 'immediate',
      });
      this.accepted.push(task);
      return answer;
    }
    if (kind === 3 && this.accepted.length > 0) {
      const task = this.accepted.shift()!;
      return this.api.post(`/service-tasks/${task}/progress`, { note: '正在推进' });
    }
    if (kind === 0)
      return this.api.post('/societies', {
        id: randomUUID(),
        name: `延迟测试学会-${randomUUID()}`,
        kind: 'research-society',
      });
    const answer = await this.api.post('/service-tasks', {
      societyId: society.id,
      campaignId: this.setup.campaignId,
      title: '为科技工作者办实事',
      need: '职称评审政策咨询',
      raisedBy: '会员代表',
      beneficiary: 'science-workers',
    });
    this.proposed.push(answer.id);
    return answer;
  }
}

/** `503 API.OVERLOADED`, `409 STREAM.CONCURRENT_WRITE`, or the client's own error. */
function failureReason(error: Error): string {
  const answered = /answered (\d+): .*?"code":"([A-Z_.]+)"/.exec(error.message);
  if (answered) return `${answered[1]} ${answered[2]}`;
  const status = /answered (\d+)/.exec(error.message);
  if (status) return status[1]!;
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? error.message.slice(0, 60);
}

/** Documents the projector wrote per event applied, by collection, one column per mode. */
function writesTable(figures: readonly LagFigures[]) {
  const collections = [...new Set(figures.flatMap((f) => Object.keys(f.writes.documents)))].sort();
  const perEvent = (f: LagFigures, n: number) =>
    f.writes.events > 0 ? round(n / f.writes.events, 2) : '—';
  const total = (f: LagFigures) => Object.values(f.writes.documents).reduce((a, b) => a + b, 0);
  return {
    title: 'Documents the projector wrote per event applied, by collection',
    columns: ['collection', ...figures.map((f) => `${f.mode} per event`)],
    rows: [
      ...collections.map((c) => [
        c,
        ...figures.map((f) => perEvent(f, f.writes.documents[c] ?? 0)),
      ]),
      ['all collections', ...figures.map((f) => perEvent(f, total(f)))],
      ['events applied', ...figures.map((f) => f.writes.events)],
    ],
  };
}
