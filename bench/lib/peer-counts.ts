import Database from 'better-sqlite3';
import type { MongoClient } from 'mongodb';
import type { Sqlite3Module } from './peer-modules';
import { round } from './stats';

/** Counts by name (a MongoDB command, a kind of SQL statement), started over per run. */
export class Tally {
  private counts = new Map<string, number>();
  private times = new Map<string, number>();

  add(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** The time one of them took, from sending it to its answer (MongoDB commands). */
  time(name: string, ms: number): void {
    this.times.set(name, (this.times.get(name) ?? 0) + ms);
  }

  reset(): void {
    this.counts = new Map();
    this.times = new Map();
  }

  /** The mean time of each timed name, one decimal. */
  meanMs(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, total] of this.times)
      out[name] = round(total / (this.counts.get(name) ?? 1), 1);
    return out;
  }

  /** Each count divided by the operations of the run, two decimals. */
  perOperation(operations: number): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, count] of [...this.counts].sort(([a], [b]) => a.localeCompare(b)))
      out[name] = round(count / Math.max(1, operations), 2);
    return out;
  }
}

/**
 * Every command the client sends, heartbeats aside (command monitoring): the round
 * trips, and the time each took from the driver's send to its answer.
 */
export function tallyCommands(client: MongoClient, tally: Tally): void {
  client.on('commandStarted', (event) => tally.add(event.commandName));
  client.on('commandSucceeded', (event) => tally.time(event.commandName, event.duration));
  client.on('commandFailed', (event) => tally.time(event.commandName, event.duration));
}

/** `BEGIN`, `COMMIT`, `INSERT commits`, `SELECT emt_streams`: the verb, and the table if any. */
export function statementKind(sql: string): string {
  const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '?';
  const table = /\b(?:INTO|UPDATE|FROM)\s+(\w+)/i.exec(sql)?.[1];
  return table && ['INSERT', 'UPDATE', 'SELECT', 'DELETE'].includes(verb)
    ? `${verb} ${table}`
    : verb;
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Wraps methods of a prototype to tally each call; returns what puts them back. */
function tallyCalls(
  prototype: Record<string, Method>,
  names: readonly string[],
  sqlOf: (self: unknown, args: unknown[]) => unknown,
  tally: Tally,
): () => void {
  const originals = names.map((name) => [name, prototype[name]!] as const);
  for (const [name, original] of originals)
    prototype[name] = function (this: unknown, ...args: unknown[]) {
      tally.add(statementKind(String(sqlOf(this, args))));
      return original.apply(this, args);
    };
  return () => {
    for (const [name, original] of originals) prototype[name] = original;
  };
}

/**
 * Tallies the statements better-sqlite3 runs (our SQLite store), transactions'
 * BEGIN, SAVEPOINT, RELEASE and COMMIT among them; returns what stops it.
 */
export function tallyBetterSqlite(tally: Tally): () => void {
  const probe = new Database(':memory:');
  const prototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, Method>;
  probe.close();
  return tallyCalls(
    prototype,
    ['run', 'get', 'all', 'iterate'],
    (self) => (self as Database.Statement).source,
    tally,
  );
}

/** Tallies the statements sqlite3 runs (Emmett's SQLite store); returns what stops it. */
export function tallySqlite3(sqlite3: Sqlite3Module, tally: Tally): () => void {
  return tallyCalls(
    sqlite3.Database.prototype,
    ['run', 'get', 'all', 'exec'],
    (_self, args) => args[0],
    tally,
  );
}

/** `find 1 × 2.1 ms, update 1 × 3.4 ms (2)`: the counts per operation, their times, their sum. */
export function describeCounts(
  perOperation: Record<string, number>,
  meanMs: Record<string, number> = {},
): string {
  const entries = Object.entries(perOperation);
  if (entries.length === 0) return '—';
  const total = round(
    entries.reduce((sum, [, n]) => sum + n, 0),
    2,
  );
  const each = ([name, n]: [string, number]) =>
    meanMs[name] === undefined ? `${name} ${n}` : `${name} ${n} × ${meanMs[name]} ms`;
  return `${entries.map(each).join(', ')} (${total})`;
}
