import { execFileSync } from 'node:child_process';
import { cpus, freemem, release, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { MongoClient } from 'mongodb';

/** What the figures were measured on. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly freeMemoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly mongoServer: string;
  readonly kafka: string;
  readonly loadAverage: string;
}

export async function describeMachine(mongoUri: string, kafkaVersion: string): Promise<Machine> {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    os: `${osName()} (Linux ${release()})`,
    node: process.version,
    mongoServer: await mongoVersion(mongoUri),
    kafka: kafkaVersion,
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
}

function osName(): string {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(text)?.[1] ?? 'Linux';
  } catch {
    return 'Linux';
  }
}

/** The MongoDB-wire server's own account of itself (FerretDB names its version and backend). */
async function mongoVersion(uri: string): Promise<string> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
  try {
    await client.connect();
    const info = await client.db('admin').command({ buildInfo: 1 });
    const ferret = info.ferretdbVersion as string | undefined;
    const features = info.ferretdbFeatures as { handler?: string } | undefined;
    const postgres = await postgresVersion();
    return ferret
      ? `FerretDB ${ferret} (MongoDB ${String(info.version)} wire)${features?.handler ? ` on ${features.handler}` : ''}${postgres ? ` ${postgres}` : ''}`
      : `MongoDB ${String(info.version)}`;
  } catch {
    return 'unknown';
  } finally {
    await client.close();
  }
}

function postgresVersion(): string | null {
  try {
    const dirs = execFileSync('bash', [
      '-c',
      'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1',
    ])
      .toString()
      .trim();
    if (!dirs) return null;
    return execFileSync(`${dirs}/postgres`, ['--version'])
      .toString()
      .trim()
      .replace('postgres (PostgreSQL)', 'PostgreSQL');
  } catch {
    return null;
  }
}
