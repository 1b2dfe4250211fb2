import { describeCounts } from './peer-counts';
import {
  emmettCommitsPerAppend,
  planNote,
  ratio,
  type PeerFacts,
  type StorePairs,
} from './peer-report';
import { WORKLOADS, type PairFigures, type PeerPlan } from './peer-runs';

/** What each store does per append, what the server here lacks, and where ours fell behind. */
export function peerNotes(
  plan: PeerPlan,
  facts: PeerFacts,
  mongo: StorePairs,
  sqlite: StorePairs,
): string[] {
  return [
    planNote(plan, facts),
    `Our append path is the event store adapter itself (libs/event-store), called as the CommandRunner calls it for a command without an Idempotency-Key, not over HTTP. On MongoDB, per append: the commit's sha256 over the RFC 8785 canonical JSON of the commit, chained to the previous commit's hash; an insert into \`outbox\` for the relay first (so that every commit has its entry; the relay drops an entry whose commit never came), then an insert into \`commits\` (\`_id\` = stream and seq: its uniqueness is the optimistic concurrency check; a unique index on the command id); each write with write concern majority and journal. With an Idempotency-Key a command entry is upserted first: ${describeCounts(facts.retriableRoundTrips)} round trips per append, measured. A stream is read with one find on an \`_id\` range, which answers one document per commit. On SQLite (the embedded mode's settings: WAL, synchronous=FULL): the same hash, one INSERT of the commit row (the relay reads the rows after its one progress row, \`relay_progress\`: no outbox row per commit), each in a savepoint of a transaction shared by the appends of one event-loop turn (group commit), which answer only once its COMMIT, one fsync of the WAL, is done.`,
    `Emmett's MongoDB store (getMongoDBEventStore on a client with the same settings: write concern majority with journal, a pool of 32) keeps one document per stream, every event in one array: per append a find of the stream's position (and its inline projections), then one updateOne that pushes the events with \`upsert\`, matched on the stream name and the position read (a unique index on the stream name turns a lost race into a duplicate key error, which reached the caller as E11000, not as Emmett's ExpectedVersionConflictError, in a trial). No hash, no outbox: its after-commit hooks run in the process, so an event that a crash stops after the write is never handed on. A read fetches the stream's one document. Its first append to a collection creates that index (one createIndexes, outside the timed runs).`,
    `On the MongoDB-wire server here (FerretDB v1 on PostgreSQL, with the patches of tools/ferretdb that push a filter on a field that leads an index down to that index) nothing of Emmett's failed and none of its settings was changed. Emmett looks streams up by name, which its unique index on the stream name leads: its stream read is "${facts.lookupPlans.emmettStreamRead}" and its conditional update "${facts.lookupPlans.emmettConditionalUpdate}" (explain on the preloaded collection); ours reads "${facts.lookupPlans.oursStreamRead}". Where a plan says a scan, the server reads every stream document for it (${plan.streams} here), which MongoDB proper would not; the ratios on this store hold for this server only.`,
    `Emmett's SQLite store (getSQLiteEventStore; its sqlite3 connections run ${facts.emmettSqliteSettings}): per append BEGIN IMMEDIATE, an INSERT (new stream) or UPDATE … RETURNING of the stream row, one INSERT … RETURNING of the messages, COMMIT: one transaction, one fsync, per append; no hash, no outbox. It takes no operations at once on a file, in either configuration it offers (trials in this run): ${facts.emmettSqliteTrials.map((t) => `${t.what}: ${t.outcome}`).join('; ')}. On a shared connection transactions nest by a counter, and an append that starts while a COMMIT is under way runs outside any transaction and then commits nothing; where they do not fail, appends that overlap share one transaction, committed when the last ends, so they answer before they are durable. So the bench gives Emmett one connection of its own (\`connectionOptions: { singleton: true, connection }\`) and queues its operations one at a time, as an application would have to: at 8 and 32 at once its figures are those of one caller, its latency includes the wait in the queue, and ours answer once the group's COMMIT is on disk (COMMITs per append of Emmett's at 1, 8, 32: ${emmettCommitsPerAppend(sqlite)}).`,
    ...lossNotes(plan, mongo, sqlite, facts),
  ];
}

/** For every cell where ours fell behind, what the measurements say it is. */
function lossNotes(
  plan: PeerPlan,
  mongo: StorePairs,
  sqlite: StorePairs,
  facts: PeerFacts,
): string[] {
  const notes: string[] = [];
  const mongoReads = losses(mongo, 'read');
  if (mongoReads.length > 0)
    notes.push(
      `Where ours fell behind on MongoDB, reads (${mongoReads.map(cell).join(', ')}): both send one find, and ours takes longer on the server: ${mongoReads.map((p) => `${p.connections} at once, ours ${p.oursCommandMs.find ?? '?'} ms against ${p.emmettCommandMs.find ?? '?'} ms`).join('; ')}. Our find answers one document per commit (${plan.eventsPerStream} and more per stream, ${facts.payload.ours.bson} BSON bytes each), Emmett's one document holding the stream (${facts.payload.emmett.bson} bytes per event): FerretDB turns each PostgreSQL row into a BSON document of its own, so our read costs per commit where Emmett's costs per stream, and each of our commits carries more (its envelope and the commit's command id, type, actor, time, previous hash and hash, for the hash chain and the relay). A stream kept as one document is what Emmett trades for rewriting that document on every append.`,
    );
  const mongoAppends = [...losses(mongo, 'append-new'), ...losses(mongo, 'read-append')];
  if (mongoAppends.length > 0)
    notes.push(
      `Where ours fell behind on MongoDB appends (${mongoAppends.map(cell).join(', ')}): both send the round trips counted above, ours two writes (commit and outbox entry, each acknowledged by a majority with journal) where Emmett's sends one read and one write; the times per command above show which one the server took longer over.`,
    );
  const sqliteLosses = sqlite.pairs.filter((pair) => ratio(pair) <= 100);
  if (sqliteLosses.length > 0)
    notes.push(
      `Where ours fell behind on SQLite (${sqliteLosses.map(cell).join(', ')}): one at a time, each store makes one transaction and one fsync per append (statements above), so the gap is mostly the time of that fsync on this shared disk, which varies several-fold from one second to the next (the rounds alternate to even it out), and the larger commit row of ours (its envelope and hashes, and the index entries on its command id and stream) writes a little more to the WAL per commit.`,
    );
  return notes;
}

function losses(side: StorePairs, workload: PairFigures['workload']): PairFigures[] {
  return side.pairs.filter((pair) => pair.workload === workload && ratio(pair) <= 100);
}

function cell(pair: PairFigures): string {
  return `${WORKLOADS[pair.workload]} at ${pair.connections}: ${ratio(pair)}%`;
}
