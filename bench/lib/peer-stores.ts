import { join } from 'node:path';
import { MongoClient, type Db, type Document, type MongoClientOptions } from 'mongodb';
import { MongoEventStore, SqliteEventStore } from '@pb/event-store';
import { uniqueName } from './deployment';
import { Tally, tallyBetterSqlite, tallyCommands, tallySqlite3 } from './peer-counts';
import type { PeerModules, Sqlite3Module } from './peer-modules';
import type { Contenders, StoreBench } from './peer-runs';
import { emmettSubject, oneAtATime, ourSubject } from './peer-subjects';

/**
 * The client settings of our event store (libs/storage connectMongo): write concern
 * majority with journal, a pool of 32. Emmett's store gets a client with the same, so
 * that the two differ only in what they send.
 */
const CLIENT_OPTIONS: MongoClientOptions = {
  maxPoolSize: 32,
  retryWrites: false,
  writeConcern: { w: 'majority', journal: true },
  monitorCommands: true,
};

export interface ClosableBench extends StoreBench {
  close(): Promise<void>;
}

/** How the server answers each store's lookups (explain), from the preloaded databases. */
export interface LookupPlans {
  readonly oursStreamRead: string;
  readonly emmettStreamRead: string;
  readonly emmettConditionalUpdate: string;
}

/** Both stores on the MongoDB-wire server, each in databases of its own, dropped at close. */
export async function mongoBench(
  uri: string,
  peer: PeerModules,
): Promise<ClosableBench & { explainLookups(): Promise<LookupPlans> }> {
  const oursClient = await new MongoClient(uri, CLIENT_OPTIONS).connect();
  const emmettClient = await new MongoClient(uri, CLIENT_OPTIONS).connect();
  const oursTally = new Tally();
  const emmettTally = new Tally();
  tallyCommands(oursClient, oursTally);
  tallyCommands(emmettClient, emmettTally);
  const open = async () => {
    const oursDb = oursClient.db(uniqueName('bench_peer_ours'));
    const emmettDb = emmettClient.db(uniqueName('bench_peer_emmett'));
    const emmettStore = peer.mongo.getMongoDBEventStore({
      client: emmettClient,
      storage: { type: 'COLLECTION_PER_STREAM_TYPE', databaseName: emmettDb.databaseName },
    });
    return {
      oursDb,
      emmettDb,
      ours: { subject: ourSubject(await new MongoEventStore(oursDb).init()), tally: oursTally },
      emmett: { subject: emmettSubject(emmettStore, ':'), tally: emmettTally },
      close: async () => {
        await Promise.all([oursDb.dropDatabase(), emmettDb.dropDatabase()]);
      },
    };
  };
  const kept = await open();
  return {
    kept,
    fresh: open,
    explainLookups: async () => {
      const stream = 'lecture-00000000-0000-4000-8000-000000000000';
      const explain = (db: Db, command: Document) =>
        db.command({ explain: command }).then(planOf, (error: Error) => error.message);
      return {
        oursStreamRead: await explain(kept.oursDb, {
          find: 'commits',
          filter: { _id: { $gt: `${stream}:0000000000`, $lte: `${stream}:9999999999` } },
          sort: { _id: 1 },
        }),
        emmettStreamRead: await explain(kept.emmettDb, {
          find: 'emt:lecture',
          filter: { streamName: { $eq: stream } },
        }),
        emmettConditionalUpdate: await explain(kept.emmettDb, {
          update: 'emt:lecture',
          updates: [
            {
              q: { streamName: { $eq: stream }, 'metadata.streamPosition': 1 },
              u: { $set: { 'metadata.streamPosition': 2 } },
              upsert: true,
            },
          ],
        }),
      };
    },
    close: async () => {
      await kept.close().catch(() => undefined);
      await Promise.all([oursClient.close(), emmettClient.close()]);
    },
  };
}

/**
 * Both stores on SQLite files in `dir`: ours as the embedded mode opens it (WAL,
 * synchronous=FULL, group commit), Emmett's on one connection of its own, taking one
 * operation at a time (its default pool and concurrent operations on one connection
 * both fail: peer-trials.ts). Tallies the statements of both drivers until close.
 */
export async function sqliteBench(dir: string, peer: PeerModules): Promise<ClosableBench> {
  const oursTally = new Tally();
  const emmettTally = new Tally();
  const untally = [tallyBetterSqlite(oursTally), tallySqlite3(peer.sqlite3, emmettTally)];
  let files = 0;
  const open = async (): Promise<Contenders & { close(): Promise<void> }> => {
    files++;
    const ours = new SqliteEventStore(join(dir, `ours-${files}.sqlite`));
    const fileName = join(dir, `emmett-${files}.sqlite`);
    const connection = peer.sqlite.sqliteConnection({ fileName });
    const emmettStore = peer.sqlite.getSQLiteEventStore({
      fileName,
      connectionOptions: { singleton: true, connection },
    });
    return {
      ours: { subject: ourSubject(ours), tally: oursTally },
      emmett: { subject: oneAtATime(emmettSubject(emmettStore, '-')), tally: emmettTally },
      close: async () => {
        await ours.close();
        connection.close();
      },
    };
  };
  const kept = await open();
  return {
    kept,
    fresh: open,
    close: async () => {
      await kept.close();
      for (const stop of untally) stop();
    },
  };
}

/** A setting of a fresh sqlite3 connection (the driver's defaults, as Emmett's connections have). */
export function sqlite3Setting(
  sqlite3: Sqlite3Module,
  file: string,
  pragma: string,
): Promise<string> {
  const db = new sqlite3.Database(file);
  return new Promise((resolve, reject) =>
    db.get(`PRAGMA ${pragma}`, (error, row) => {
      db.close();
      if (error) reject(error);
      else resolve(String(Object.values(row ?? {})[0]));
    }),
  );
}

/**
 * The plan an explain shows, in a few words: FerretDB's PostgreSQL plan node and whether
 * it pushed the filter down, or MongoDB's winning plan stages.
 */
function planOf(explained: Document): string {
  const planner = (explained.queryPlanner ?? {}) as Document;
  const node = (planner.Plan as Document | undefined)?.['Node Type'];
  if (node !== undefined)
    return `${String(node)}, filter pushed down: ${String(explained.filterPushdown)}`;
  const stages: string[] = [];
  for (let plan = planner.winningPlan as Document | undefined; plan; plan = plan.inputStage)
    stages.push(String(plan.stage));
  return stages.join(' ← ') || JSON.stringify(explained).slice(0, 200);
}
