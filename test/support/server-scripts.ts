import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

/** Runs one of scripts/servers/*.sh with settings of its own (ports, data directories). */
export async function serverScript(
  name: string,
  env: Record<string, string>,
  args: readonly string[] = [],
): Promise<string> {
  const { stdout } = await run('bash', [join(ROOT, 'scripts', 'servers', name), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  return stdout;
}

/**
 * Distinct free ports between 20000 and 32000: below the ephemeral range, so that a
 * stopped server's port is still free when it starts again, and picked at random, so
 * that two runs on one machine do not meet.
 */
export async function quietPorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (!ports.has(port) && (await isFree(port))) ports.add(port);
  }
  return [...ports];
}

/** A quiet port from which each of `offsets` further on is free too. */
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
