import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './processes';

/** The MongoDB-wire server and the Kafka broker a run uses, and those it started itself. */
export interface Servers {
  readonly mongoUri: string;
  readonly kafkaBrokers: string[];
  readonly kafkaVersion: string;
  stop(): void;
}

/** Ports of the bench's own servers, away from the defaults the tests use. */
const MONGO_ENV = { MONGO_PORT: '27218', MONGO_PG_PORT: '54528' };
const KAFKA_ENV = {
  KAFKA_PORT: '9392',
  KAFKA_CONTROLLER_PORT: '9393',
  KAFKA_DATA_DIR: join(ROOT, '.cache', 'run', 'kafka-data-bench'),
};

/**
 * The servers given by MONGODB_URI and KAFKA_BROKERS, or servers of the bench's own
 * started with scripts/servers (installed on first use) and stopped by stop().
 */
export async function provideServers(log: (message: string) => void): Promise<Servers> {
  const started: (() => void)[] = [];
  const scriptVersion = /KAFKA_VERSION=(\S+)/.exec(
    readFileSync(join(ROOT, 'scripts', 'servers', 'kafka-env.sh'), 'utf8'),
  )?.[1];
  try {
    let mongoUri = process.env.MONGODB_URI?.trim();
    if (!mongoUri) {
      const ours = !(await portOpen(Number(MONGO_ENV.MONGO_PORT)));
      log(`starting a MongoDB-wire server on port ${MONGO_ENV.MONGO_PORT}`);
      mongoUri = runScript('mongo-start.sh', MONGO_ENV, 'MONGODB_URI');
      if (ours) started.push(() => runScript('mongo-stop.sh', MONGO_ENV));
    } else log(`using the MongoDB-wire server at ${mongoUri}`);
    let brokers = process.env.KAFKA_BROKERS?.trim();
    let kafkaVersion = `Apache Kafka (given by KAFKA_BROKERS; scripts/servers runs ${scriptVersion})`;
    if (!brokers) {
      const ours = !(await portOpen(Number(KAFKA_ENV.KAFKA_PORT)));
      log(`starting a Kafka broker on port ${KAFKA_ENV.KAFKA_PORT}`);
      brokers = runScript('kafka-start.sh', KAFKA_ENV, 'KAFKA_BROKERS');
      if (ours) started.push(() => runScript('kafka-stop.sh', KAFKA_ENV));
      kafkaVersion = `Apache Kafka ${scriptVersion} (KRaft, one node)`;
    } else log(`using the Kafka broker at ${brokers}`);
    return {
      mongoUri,
      kafkaBrokers: brokers.split(',').map((b) => b.trim()),
      kafkaVersion,
      stop: () => stopAll(started),
    };
  } catch (error) {
    stopAll(started);
    throw error;
  }
}

function stopAll(stops: (() => void)[]): void {
  for (const stop of stops.reverse()) {
    try {
      stop();
    } catch (error) {
      console.error(`stopping a server failed: ${(error as Error).message}`);
    }
  }
  stops.length = 0;
}

/** Runs a server script; returns the value of its `NAME=value` line when asked for one. */
function runScript(script: string, env: Record<string, string>, name?: string): string {
  const output = execFileSync('bash', [join(ROOT, 'scripts', 'servers', script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  }).toString();
  if (!name) return '';
  const line = output.split('\n').find((l) => l.startsWith(`${name}=`));
  if (!line) throw new Error(`${script} printed no ${name}=`);
  return line.slice(name.length + 1).trim();
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
