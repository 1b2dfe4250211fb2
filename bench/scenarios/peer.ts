import { join } from 'node:path';
import { BSON, Long, MongoClient } from 'mongodb';
import { GENESIS_HASH, MongoEventStore, sealCommit } from '@pb/event-store';
import { uniqueName } from '../lib/deployment';
import { Tally, tallyCommands } from '../lib/peer-counts';
import { loadPeerModules } from '../lib/peer-modules';
import { peerNotes } from '../lib/peer-notes';
import {
  figuresTable,
  perOperationTable,
  peerTargets,
  type PeerFacts,
  type StorePairs,
} from '../lib/peer-report';
import { peerPlan, runStorePairs } from '../lib/peer-runs';
import { mongoBench, sqlite3Setting, sqliteBench, type LookupPlans } from '../lib/peer-stores';
import { commitOf, emmettEvent } from '../lib/peer-subjects';
import { defaultPoolTrial, sharedConnectionTrial } from '../lib/peer-trials';
import type { BenchContext, Scenario, ScenarioResult } from '../lib/scenario';

/** Our event store adapters beside Emmett's, on the same servers, at the same concurrency. */
export const peerScenario: Scenario = {
  name: 'peer',
  title: "Our event stores beside Emmett's",
  async run(context: BenchContext): Promise<ScenarioResult> {
    const peer = loadPeerModules(context.log);
    const plan = peerPlan(context.scale);

    context.log('peer: MongoDB-wire server, preloading the streams of both stores');
    const mongo = await mongoBench(context.mongoUri, peer);
    let mongoSide: StorePairs;
    let lookupPlans: LookupPlans;
    try {
      const pairs = await runStorePairs(mongo, plan, context.log);
      lookupPlans = await mongo.explainLookups();
      mongoSide = { store: 'MongoDB', where: 'the MongoDB-wire server', pairs };
    } finally {
      await mongo.close();
    }

    context.log('peer: SQLite, preloading the streams of both stores');
    const sqlite = await sqliteBench(context.workDir, peer);
    let sqliteSide: StorePairs;
    try {
      const pairs = await runStorePairs(sqlite, plan, context.log);
      sqliteSide = { store: 'SQLite', where: 'files on the local disk, WAL', pairs };
    } finally {
      await sqlite.close();
    }
    context.log("peer: trials of Emmett's SQLite store with operations at once");
    const trials = [
      defaultPoolTrial(context.workDir),
      await sharedConnectionTrial(context.workDir, peer),
    ];
    const settingsFile = join(context.workDir, 'emmett-1.sqlite');
    const facts: PeerFacts = {
      versions: peer.versions,
      lookupPlans,
      retriableRoundTrips: await retriableRoundTrips(context.mongoUri),
      emmettSqliteSettings: `journal_mode=${await sqlite3Setting(peer.sqlite3, settingsFile, 'journal_mode')}, synchronous=${SYNCHRONOUS[await sqlite3Setting(peer.sqlite3, settingsFile, 'synchronous')] ?? '?'}`,
      emmettSqliteTrials: trials,
      payload: payloadSizes(),
    };
    const sides = [mongoSide, sqliteSide];
    return {
      tables: [...sides.map(figuresTable), perOperationTable(sides)],
      targets: peerTargets(sides),
      memory: [],
      notes: peerNotes(plan, facts, mongoSide, sqliteSide),
      data: { plan, facts, sides },
    };
  },
};

/** PRAGMA synchronous answers a number. */
const SYNCHRONOUS: Record<string, string> = {
  '0': 'OFF',
  '1': 'NORMAL',
  '2': 'FULL',
  '3': 'EXTRA',
};

/** Round trips of our MongoDB append when the command came with an Idempotency-Key. */
async function retriableRoundTrips(uri: string): Promise<Record<string, number>> {
  const client = await new MongoClient(uri, {
    writeConcern: { w: 'majority', journal: true },
    monitorCommands: true,
  }).connect();
  const db = client.db(uniqueName('bench_peer_retriable'));
  try {
    const store = await new MongoEventStore(db).init();
    const tally = new Tally();
    tallyCommands(client, tally);
    const appends = 20;
    for (let n = 0; n < appends; n++)
      await store.append(commitOf(`lecture-retriable-${n}`, 1, GENESIS_HASH));
    return tally.perOperation(appends);
  } finally {
    await db.dropDatabase().catch(() => undefined);
    await client.close();
  }
}

/** One event as each store keeps it: our commit document or row, Emmett's message. */
function payloadSizes(): PeerFacts['payload'] {
  const { id, ...commit } = sealCommit(commitOf('lecture-size', 1, GENESIS_HASH));
  const event = emmettEvent();
  const recorded = {
    ...event,
    metadata: {
      messageId: id,
      streamName: 'lecture:size',
      streamPosition: Long.fromNumber(1),
      ...event.metadata,
    },
  };
  return {
    ours: {
      bson: BSON.calculateObjectSize({ _id: id, ...commit, dispatched: false }),
      json: JSON.stringify({ id, ...commit }).length,
    },
    emmett: {
      bson: BSON.calculateObjectSize(recorded),
      json: JSON.stringify(event.data).length + JSON.stringify(recorded.metadata).length,
    },
  };
}
