import type autocannon from 'autocannon';
import { commandMix, setUpCampaign } from './campaign-setup';
import { startDistributed } from './deployment';
import type { MemoryLog } from './memory';
import { loadResults } from './report-file';
import type { BenchContext, Table } from './scenario';
import { WireCounter } from './wire-count';

/** The store commands one command of a type sends: how many, and which. */
export interface RoundTrips {
  readonly command: string;
  readonly total: number;
  /** e.g. "find 2, insert 2" */
  readonly commands: string;
}

/** How many times each command of the mix is sent; the figure is the median. */
const ROUNDS = 5;

/**
 * The store round trips of each command type of the mix in distributed mode: an api of
 * its own talks to the store through a counting proxy (wire-count.ts), and the commands
 * go one at a time, so each one's count is its own. No relay or projector runs beside
 * it: what they send is not the command's.
 */
export async function measureRoundTrips(
  context: BenchContext,
  memory: MemoryLog,
): Promise<RoundTrips[]> {
  const counter = await WireCounter.start(context.mongoUri);
  const cluster = await startDistributed(
    { ...context, mongoUri: counter.uriFor(context.mongoUri) },
    'round_trips',
    memory,
    ['api'],
  );
  try {
    const setup = await setUpCampaign(cluster.api, 4, 2);
    const mix = commandMix(setup);
    const seen = new Map<string, Map<string, number>[]>();
    const connection = {};
    for (let round = 0; round < ROUNDS; round++)
      for (const request of mix) {
        const { path, body } = requestOf(request, connection);
        counter.take();
        await cluster.api.post(path, JSON.parse(body));
        const label = `POST ${path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')}`;
        seen.set(label, [...(seen.get(label) ?? []), counter.take()]);
      }
    return [...seen].map(([command, counts]) => median(command, counts));
  } finally {
    await cluster.stop();
    await counter.stop();
  }
}

function requestOf(
  request: autocannon.Request,
  connection: object,
): { path: string; body: string } {
  const setup = request.setupRequest;
  if (typeof setup !== 'function') throw new Error('a request of the mix without its setup');
  const made = setup({ ...request }, connection);
  return { path: String(made.path), body: String(made.body) };
}

function median(command: string, counts: readonly Map<string, number>[]): RoundTrips {
  const totals = counts.map((count) => [...count.values()].reduce((sum, n) => sum + n, 0));
  const middle = [...totals].sort((a, b) => a - b)[Math.floor(totals.length / 2)]!;
  const typical = counts[totals.indexOf(middle)]!;
  const commands = [...typical]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  return { command, total: middle, commands };
}

/** The round trips of this run beside those of the scenario's previous run, if it counted them. */
export function roundTripTable(current: readonly RoundTrips[]): Table {
  const previous = loadResults([]).find((saved) => saved.name === 'commands');
  const before = (previous?.result.data as { roundTrips?: RoundTrips[] } | undefined)?.roundTrips;
  const earlier = new Map((before ?? []).map((trips) => [trips.command, trips]));
  const since = previous && before ? ` (previous run: ${previous.date})` : '';
  return {
    title: `Store round trips per command type, distributed mode, one command at a time${since}`,
    columns: ['command', 'round trips', 'store commands', 'previous run', 'previous commands'],
    rows: current.map((trips) => [
      trips.command,
      trips.total,
      trips.commands,
      earlier.get(trips.command)?.total ?? '—',
      earlier.get(trips.command)?.commands ?? '—',
    ]),
  };
}
