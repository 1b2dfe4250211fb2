import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { peakRssMiB, type MemoryLog } from './memory';
import { sleep } from './stats';

/** The repository root (this file runs from dist/bench/bench/lib). */
export const ROOT = join(__dirname, '..', '..', '..', '..');

const live = new Set<ChildProcess>();

/** Kills every process the bench started that still runs (on Ctrl-C). */
export function killStarted(): void {
  for (const child of live) child.kill('SIGKILL');
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Node's flags that write a CPU profile into BENCH_CPU_PROF, when it names a directory. */
export function cpuProfileFlags(): string[] {
  const profile = process.env.BENCH_CPU_PROF;
  return profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
}

/**
 * A Node process of ours (an app from dist/, or the no-op server), watched for its
 * peak RSS, which is read just before it is stopped. BENCH_CPU_PROF=<dir> runs it
 * with --cpu-prof into that directory.
 */
export class NodeProcess {
  private child: ChildProcess | null = null;
  private readonly output: string[] = [];

  constructor(
    /** The name its memory is reported under: api, relay, projector... */
    readonly label: string,
    private readonly entry: string,
    private readonly env: Record<string, string>,
    private readonly memory: MemoryLog,
    private readonly args: readonly string[] = [],
  ) {}

  static app(
    app: 'api' | 'relay' | 'projector',
    label: string,
    env: Record<string, string>,
    memory: MemoryLog,
  ): NodeProcess {
    return new NodeProcess(label, join(ROOT, 'dist', 'apps', app, 'src', 'main.js'), env, memory);
  }

  /** Where the process serves its metrics, once it has said so in its log. */
  metricsUrl: string | null = null;

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  start(): this {
    const child = spawn(process.execPath, [...cpuProfileFlags(), this.entry, ...this.args], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      this.metricsUrl ??= /metrics at (http:\/\/[^\s"]+)/.exec(text)?.[1] ?? null;
      this.output.push(text);
      if (this.output.length > 400) this.output.splice(0, 100);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    live.add(child);
    child.once('exit', () => live.delete(child));
    this.child = child;
    return this;
  }

  /** Waits until the log shows `pattern`; returns when it did. */
  async waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<bigint> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output.join(''))) {
      const child = this.child;
      if (child && (child.exitCode !== null || child.signalCode !== null))
        throw new Error(
          `${this.label} exited (${child.exitCode ?? child.signalCode}):\n${this.log()}`,
        );
      if (Date.now() > deadline)
        throw new Error(`${this.label} did not log ${pattern} in ${timeoutMs} ms:\n${this.log()}`);
      await sleep(10);
    }
    return process.hrtime.bigint();
  }

  log(): string {
    return this.output.join('').slice(-4000);
  }

  /** Records the peak RSS, then stops the process (SIGTERM, SIGKILL after 10 s). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    if (child.pid) this.memory.record(this.label, peakRssMiB(child.pid));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
