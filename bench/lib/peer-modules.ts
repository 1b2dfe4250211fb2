import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { MongoClient } from 'mongodb';
import { ROOT } from './processes';

/**
 * The peer event stores (Emmett's) live in bench/peer with a package.json and lock of
 * their own: the root `npm ci` stays light, and sqlite3 builds from source only here.
 */
export const PEER_DIR = join(ROOT, 'bench', 'peer');

/** An event as Emmett takes it. */
export interface EmmettEvent {
  readonly type: string;
  readonly data: object;
  readonly metadata?: object;
}

export interface EmmettReadResult {
  readonly currentStreamVersion: bigint;
  readonly events: readonly EmmettEvent[];
}

/** The part of Emmett's EventStore the bench calls. */
export interface EmmettEventStore {
  readStream(streamName: string): Promise<EmmettReadResult>;
  appendToStream(
    streamName: string,
    events: readonly EmmettEvent[],
    options: { expectedStreamVersion: bigint },
  ): Promise<{ nextExpectedStreamVersion: bigint }>;
}

export interface EmmettMongo {
  getMongoDBEventStore(options: {
    client: MongoClient;
    storage: { type: 'COLLECTION_PER_STREAM_TYPE'; databaseName: string };
  }): EmmettEventStore;
}

/** A connection of Emmett's own (sqlite3); `close` ends it. */
export interface EmmettSqliteConnection {
  close(): void;
}

export interface EmmettSqlite {
  sqliteConnection(options: { fileName: string }): EmmettSqliteConnection;
  getSQLiteEventStore(options: {
    fileName: string;
    connectionOptions: { singleton: true; connection: EmmettSqliteConnection };
  }): EmmettEventStore;
}

/** A connection of the sqlite3 driver, for reading its settings. */
export interface Sqlite3Database {
  get(sql: string, callback: (error: Error | null, row?: Record<string, unknown>) => void): void;
  close(): void;
}

/** The sqlite3 driver Emmett's SQLite store runs on; the bench counts its statements. */
export interface Sqlite3Module {
  Database: {
    new (file: string): Sqlite3Database;
    prototype: Record<string, (this: unknown, ...args: unknown[]) => unknown>;
  };
}

export interface PeerModules {
  readonly mongo: EmmettMongo;
  readonly sqlite: EmmettSqlite;
  readonly sqlite3: Sqlite3Module;
  /** name@version of each package, as installed. */
  readonly versions: Record<string, string>;
}

const PACKAGES = [
  '@event-driven-io/emmett-mongodb',
  '@event-driven-io/emmett-sqlite',
  '@event-driven-io/emmett',
  'sqlite3',
];

/**
 * Installs bench/peer from its lock when node_modules is missing (sqlite3 compiles
 * against the Node headers in /usr: no prebuilt binary can be downloaded here), and
 * loads the peer packages from there.
 */
export function loadPeerModules(log: (message: string) => void): PeerModules {
  if (!PACKAGES.every((name) => existsSync(join(PEER_DIR, 'node_modules', name)))) {
    log('peer: installing bench/peer (npm ci, sqlite3 builds from source: a few minutes)');
    execFileSync('npm', ['ci', '--prefix', PEER_DIR, '--no-audit', '--no-fund'], {
      cwd: ROOT,
      env: { ...process.env, npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  const load = createRequire(join(PEER_DIR, 'package.json'));
  const versions: Record<string, string> = {};
  for (const name of PACKAGES) {
    const manifest = JSON.parse(
      readFileSync(join(PEER_DIR, 'node_modules', name, 'package.json'), 'utf8'),
    ) as { version: string };
    versions[name] = manifest.version;
  }
  // Untyped modules from outside the root install: the interfaces above name what is used.
  return {
    mongo: load('@event-driven-io/emmett-mongodb') as EmmettMongo,
    sqlite: load('@event-driven-io/emmett-sqlite') as EmmettSqlite,
    sqlite3: load('sqlite3') as Sqlite3Module,
    versions,
  };
}
