import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EventEnvelope } from '@pb/contracts';
import type { WrittenCounts } from '@pb/projections';
import type {
  FromProjectorThread,
  ProjectorThreadData,
  ToProjectorThread,
} from './projector-thread.messages';

interface Pending {
  resolve(written: WrittenCounts): void;
  reject(error: Error): void;
}

/**
 * The embedded mode's projector, on a thread of its own: the api's thread answers
 * requests while the other core applies batches. `apply` resolves once the batch is
 * committed to the views file, so the relay marks a commit dispatched only then, as
 * it does with a projector in the same thread. A thread that dies takes its pending
 * batches with it (they are refused, and the relay sends them again); the next batch
 * starts a new one.
 */
export class ProjectorThread {
  private worker: Promise<Worker> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;

  private constructor(private readonly data: ProjectorThreadData) {}

  /** Starts the thread; resolves once its projector has created the collections. */
  static async start(data: ProjectorThreadData): Promise<ProjectorThread> {
    const thread = new ProjectorThread(data);
    await thread.running();
    return thread;
  }

  /** Applies a batch; resolves with the documents it wrote, per collection. */
  async apply(events: readonly EventEnvelope[]): Promise<WrittenCounts> {
    if (this.closed) throw new Error('the projector thread is closed');
    const worker = await this.running();
    const id = ++this.nextId;
    return new Promise<WrittenCounts>((resolve, reject) => {
      worker.postMessage({ kind: 'apply', id, events } satisfies ToProjectorThread);
      this.pending.set(id, { resolve, reject });
    });
  }

  /** Lets the batch under way finish, then closes the thread's files and ends it. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = await this.worker?.catch(() => null);
    if (!worker) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage({ kind: 'close' } satisfies ToProjectorThread);
    await exited;
  }

  private running(): Promise<Worker> {
    this.worker ??= this.spawn().catch((error: unknown) => {
      this.worker = null;
      throw error;
    });
    return this.worker;
  }

  private spawn(): Promise<Worker> {
    return new Promise((resolve, reject) => {
      const worker = newWorker(this.data);
      let ready = false;
      const stopped = (error: Error) => {
        if (!ready) reject(error);
        else this.worker = null;
        for (const pending of this.pending.values()) pending.reject(error);
        this.pending.clear();
      };
      worker.on('message', (message: FromProjectorThread) => {
        if (message.kind === 'ready') {
          ready = true;
          resolve(worker);
        } else if (message.kind === 'applied') {
          this.settle(message.id)?.resolve(message.written);
        } else if (message.id === null) {
          stopped(new Error(`the projector thread did not start: ${message.message}`));
        } else {
          this.settle(message.id)?.reject(new Error(message.message));
        }
      });
      worker.on('error', (error) => stopped(error));
      worker.on('exit', (code) =>
        stopped(new Error(`the projector thread stopped (exit code ${code})`)),
      );
    });
  }

  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    return pending;
  }
}

/**
 * The thread's young generation, in MiB: V8's default lets each thread's grow to 48 MiB
 * of resident memory under load; the projector's short-lived garbage (a batch's
 * documents) is collected as well in a smaller one.
 */
const YOUNG_GENERATION_MB = 8;

function newWorker(data: ProjectorThreadData): Worker {
  const compiled = join(__dirname, 'projector-thread.worker.js');
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  if (existsSync(compiled)) return new Worker(compiled, { workerData: data, resourceLimits });
  // Run from the TypeScript sources (the tests): the thread compiles what it requires.
  const root = join(__dirname, '..', '..', '..', '..');
  return new Worker(FROM_SOURCES, {
    eval: true,
    workerData: { ...data, sources: { root, entry: `${compiled.slice(0, -3)}.ts` } },
  });
}

// Compiled files are kept in the system's temporary directory, by path and content.
const FROM_SOURCES = `
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const Module = require('node:module');
const { threadId, workerData } = require('node:worker_threads');
const { root, entry } = workerData.sources;
const cache = join(tmpdir(), 'pb-compiled-sources');
mkdirSync(cache, { recursive: true });
let swc = null;
const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
Module._extensions['.ts'] = (module, filename) => {
  const source = readFileSync(filename, 'utf8');
  const kept = join(cache, createHash('sha1').update(filename).update(source).digest('hex') + '.js');
  let code;
  try {
    code = readFileSync(kept, 'utf8');
  } catch {
    swc ??= Module.createRequire(join(root, 'package.json'))('@swc/core');
    code = swc.transformSync(source, { ...options, filename }).code;
    writeFileSync(kept + '.' + process.pid + '.' + threadId, code);
    renameSync(kept + '.' + process.pid + '.' + threadId, kept);
  }
  module._compile(code, filename);
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const lib = /^@pb\\/([a-z-]+)$/.exec(request);
  return resolve.call(this, lib ? join(root, 'libs', lib[1], 'src') : request, ...rest);
};
require(entry);
`;
