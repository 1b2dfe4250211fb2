import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

/** The broker's second listener for clients behind a TCP proxy, and the proxy's port it advertises. */
export interface ProxiedKafka {
  readonly listener: number;
  readonly advertised: number;
}

/**
 * A Kafka broker and a MongoDB-wire server of a suite's own, which it stops, starts or
 * puts behind a fault proxy: the other suites keep the shared ones. Ports are picked per
 * run, below the ephemeral range (a stopped server's port must still be free when it
 * starts again), so that two runs on one machine do not meet.
 */
export class OwnServers {
  private constructor(
    readonly kafkaEnv: Record<string, string>,
    readonly mongoEnv: Record<string, string>,
    /** Set when the broker was asked for a listener behind a proxy. */
    readonly proxiedKafka: ProxiedKafka | null,
  ) {}

  /** `proxiedKafka`: the broker also listens for clients that reach it through a proxy. */
  static async pick(options: { proxiedKafka?: boolean } = {}): Promise<OwnServers> {
    const [kafka, controller, mongo, postgres, listener, advertised] = await quietPorts(6);
    const proxied = options.proxiedKafka ? { listener, advertised } : null;
    return new OwnServers(
      {
        KAFKA_PORT: String(kafka),
        KAFKA_CONTROLLER_PORT: String(controller),
        ...(proxied && {
          KAFKA_PROXIED_PORT: String(proxied.listener),
          KAFKA_PROXIED_ADVERTISED_PORT: String(proxied.advertised),
        }),
      },
      { MONGO_PORT: String(mongo), MONGO_PG_PORT: String(postgres) },
      proxied,
    );
  }

  get addresses() {
    return {
      mongoUri: `mongodb://127.0.0.1:${this.mongoEnv.MONGO_PORT}/`,
      kafkaBrokers: [`127.0.0.1:${this.kafkaEnv.KAFKA_PORT}`],
    };
  }

  kafka(action: 'start' | 'stop', ...args: string[]) {
    return runServerScript(`kafka-${action}.sh`, this.kafkaEnv, args);
  }

  mongo(action: 'start' | 'stop', ...args: string[]) {
    return runServerScript(`mongo-${action}.sh`, this.mongoEnv, args);
  }

  /** Stops both for good: data wiped, and the logs the scripts keep per port removed. */
  async remove(): Promise<void> {
    await Promise.allSettled([this.kafka('stop', '--wipe'), this.mongo('stop', '--wipe')]);
    const {
      KAFKA_PORT: kafka,
      MONGO_PORT: mongo,
      MONGO_PG_PORT: postgres,
    } = {
      ...this.kafkaEnv,
      ...this.mongoEnv,
    };
    const logs = [
      `kafka-${kafka}.log`,
      `kafka-server-${kafka}.properties`,
      `ferretdb-${mongo}.log`,
      `postgres-${postgres}.log`,
    ];
    await Promise.all(logs.map((log) => rm(join(ROOT, '.cache', 'run', log), { force: true })));
  }
}

/** Runs one of scripts/servers/ with settings of its own; its stdout is the answer. */
export async function runServerScript(
  name: string,
  env: Record<string, string>,
  args: string[] = [],
): Promise<string> {
  const { stdout } = await run('bash', [join(ROOT, 'scripts', 'servers', name), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  return stdout;
}

/** Distinct free ports between 20000 and 32000. */
export async function quietPorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (!ports.has(port) && (await isFree(port))) ports.add(port);
  }
  return [...ports];
}

/** A quiet port from which each of `offsets` further on is free too (a cluster's ports). */
export async function quietBasePort(offsets: readonly number[]): Promise<number> {
  for (;;) {
    const [base] = await quietPorts(1);
    const free = await Promise.all(offsets.map((offset) => isFree(base! + offset)));
    if (free.every(Boolean)) return base!;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
