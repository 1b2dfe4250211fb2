import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { countedLoad, figuresOf } from './load';
import { PEER_DIR, type PeerModules } from './peer-modules';
import { emmettSubject } from './peer-subjects';

/** What came of a trial of Emmett's SQLite store with appends at once. */
export interface TrialOutcome {
  readonly what: string;
  readonly outcome: string;
}

const AT_ONCE = 8;

/**
 * Emmett's SQLite store as it comes (its pool opens a connection per operation), with
 * appends at once to new streams, in a child process: the failure may end the process.
 */
export function defaultPoolTrial(dir: string): TrialOutcome {
  const script = `
    const { getSQLiteEventStore } = require('@event-driven-io/emmett-sqlite');
    const store = getSQLiteEventStore({ fileName: process.argv[1] });
    const append = (name) =>
      store.appendToStream(name, [{ type: 'X', data: {} }], { expectedStreamVersion: 0n });
    (async () => {
      for (let round = 0; round < 5; round++)
        await Promise.all(Array.from({ length: ${AT_ONCE} }, (_, i) => append('lecture-' + round + '-' + i)));
      console.log('all appended');
    })().catch((error) => {
      console.log('rejected: ' + error.message);
      process.exitCode = 3;
    });`;
  const child = spawnSync(
    process.execPath,
    ['-e', script, join(dir, 'emmett-default-pool.sqlite')],
    {
      cwd: PEER_DIR,
      timeout: 60_000,
      encoding: 'utf8',
    },
  );
  const output = `${child.stdout}\n${child.stderr}`;
  const error = /SQLITE_[A-Z]+[^\]\n]*/.exec(output)?.[0];
  const outcome =
    child.status === 0
      ? 'all appended'
      : child.status === 3
        ? `appends rejected: ${error ?? output.trim().split('\n')[0]}`
        : `the process ended (exit ${child.status ?? child.signal}): unhandled 'error' event, ${error ?? '?'}`;
  return {
    what: `default pool (a connection per operation), ${AT_ONCE} appends to new streams at once, 5 rounds`,
    outcome,
  };
}

/**
 * Emmett's SQLite store on one shared connection, read-and-append at once without a
 * queue: its nested transactions (a counter on the connection) race.
 */
export async function sharedConnectionTrial(dir: string, peer: PeerModules): Promise<TrialOutcome> {
  const fileName = join(dir, 'emmett-shared-trial.sqlite');
  const connection = peer.sqlite.sqliteConnection({ fileName });
  const subject = emmettSubject(
    peer.sqlite.getSQLiteEventStore({
      fileName,
      connectionOptions: { singleton: true, connection },
    }),
    '-',
  );
  const keys = Array.from({ length: AT_ONCE * 4 }, () => randomUUID());
  const log = console.log;
  try {
    for (const key of keys) await subject.appendNew(key);
    // Emmett logs every failed transaction on stdout: the figures below say it once.
    console.log = () => undefined;
    const sample = await countedLoad(AT_ONCE, 16, (worker, n) =>
      subject.readAndAppend(keys[(worker + AT_ONCE * n) % keys.length]!),
    );
    const figures = figuresOf([sample]);
    return {
      what: `one shared connection, ${AT_ONCE} read-and-appends at once, no queue`,
      outcome: `${figures.failed} of ${figures.ok + figures.failed} failed${figures.firstError ? `, first: ${figures.firstError}` : ''}`,
    };
  } finally {
    console.log = log;
    connection.close();
  }
}
