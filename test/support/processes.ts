import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { TEST_JWT_SECRET } from './auth';

const ROOT = join(__dirname, '..', '..');

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

export type AppName = 'api' | 'relay' | 'projector';

/** One of our apps as a real process, started from the build in dist/. */
export class AppProcess {
  private child: ChildProcess | null = null;
  readonly output: string[] = [];

  constructor(
    readonly name: AppName,
    private readonly env: Record<string, string>,
  ) {}

  start(): this {
    const entry = join(ROOT, 'dist', 'apps', this.name, 'src', 'main.js');
    const child = spawn(process.execPath, [entry], {
      cwd: ROOT,
      // Metrics on any free port unless the test says otherwise: suites run side by side.
      env: { ...process.env, AUTH_JWT_SECRET: TEST_JWT_SECRET, METRICS_PORT: '0', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString('utf8'));
      if (this.output.length > 400) this.output.splice(0, 100);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.child = child;
    return this;
  }

  /** Waits until the log shows `pattern`. */
  async waitFor(pattern: RegExp, timeoutMs = 30000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output.join(''))) {
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined)
        throw new Error(`${this.name} exited with ${this.child.exitCode}:\n${this.log()}`);
      if (Date.now() > deadline)
        throw new Error(`${this.name} did not log ${pattern} in ${timeoutMs} ms:\n${this.log()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  log(): string {
    return this.output.join('').slice(-4000);
  }

  /** kill -9: no shutdown hook runs. */
  async crash(): Promise<void> {
    await this.stop('SIGKILL');
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
    await exited;
    clearTimeout(timer);
  }
}
