import { SingleBar } from 'cli-progress';

/** How far one step of a long command has come. */
export interface Progress {
  /** `total` is null while it is not known (a scan of the whole store, say). */
  update(done: number, total: number | null): void;
  /** Ends the step: the bar stays on screen at its last value, or a last plain line is printed. */
  stop(): void;
}

export interface ProgressOptions {
  /** Draw a bar redrawn in place; otherwise print a few plain lines. */
  readonly interactive: boolean;
  /** Where bars and lines go, so that stdout carries only the summary. */
  readonly stream: NodeJS.WritableStream;
  readonly now?: () => number;
  /** Plain lines with an unknown total: at most one per this many milliseconds. */
  readonly everyMs?: number;
}

/** Bars on a terminal only: a pipe or a CI log gets plain lines, never escape codes. */
export function isInteractive(): boolean {
  return Boolean(process.stdout.isTTY && process.stderr.isTTY);
}

/**
 * Starts reporting one step named `label`, counting `unit`s. On a terminal a bar is
 * redrawn in place; elsewhere a line is printed at every further tenth of a known
 * total, or every five seconds while the total is unknown, and once at the end.
 */
export function startProgress(label: string, unit: string, options: ProgressOptions): Progress {
  return options.interactive
    ? new BarProgress(label, unit, options.stream)
    : new PlainProgress(label, unit, options);
}

class BarProgress implements Progress {
  private bar: SingleBar | null = null;

  constructor(
    private readonly label: string,
    private readonly unit: string,
    private readonly stream: NodeJS.WritableStream,
  ) {}

  update(done: number, total: number | null): void {
    if (!this.bar) {
      this.bar = new SingleBar({
        stream: this.stream,
        format:
          total === null
            ? `${this.label} {value} ${this.unit} | {duration_formatted}`
            : `${this.label} [{bar}] {percentage}% {value}/{total} ${this.unit} | {duration_formatted}`,
        barsize: 30,
        hideCursor: true,
        fps: 10,
      });
      this.bar.start(total ?? 0, done);
      return;
    }
    if (total !== null) this.bar.setTotal(total);
    this.bar.update(done);
  }

  stop(): void {
    this.bar?.stop();
  }
}

class PlainProgress implements Progress {
  private readonly now: () => number;
  private readonly everyMs: number;
  private done = 0;
  private total: number | null = null;
  private printed: { at: number; done: number; tenth: number } | null = null;

  constructor(
    private readonly label: string,
    private readonly unit: string,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.everyMs = options.everyMs ?? 5000;
  }

  update(done: number, total: number | null): void {
    this.done = done;
    this.total = total;
    const last = this.printed;
    const due =
      last === null ||
      (total !== null && total > 0
        ? tenthOf(done, total) > last.tenth
        : this.now() - last.at >= this.everyMs);
    if (due) this.print();
  }

  stop(): void {
    // Nothing printed means nothing reported: a step that never started prints nothing.
    if (this.printed !== null && this.printed.done !== this.done) this.print();
  }

  private print(): void {
    const { done, total } = this;
    const tenth = total !== null && total > 0 ? tenthOf(done, total) : 0;
    this.printed = { at: this.now(), done, tenth };
    const text =
      total === null
        ? `${this.label}: ${done} ${this.unit}`
        : `${this.label}: ${done}/${total} ${this.unit} (${total > 0 ? Math.floor((done / total) * 100) : 100} %)`;
    this.options.stream.write(`${text}\n`);
  }
}

const tenthOf = (done: number, total: number) => Math.floor((done / total) * 10);

/** A command of several steps, one bar (or set of lines) each, started as each step begins. */
export class Steps {
  private current: { key: string; progress: Progress } | null = null;

  constructor(private readonly options: ProgressOptions) {}

  /** Reports on step `label`; a label other than the last one's ends that step first. */
  update(label: string, unit: string, done: number, total: number | null): void {
    if (this.current?.key !== label) {
      this.current?.progress.stop();
      this.current = { key: label, progress: startProgress(label, unit, this.options) };
    }
    this.current.progress.update(done, total);
  }

  stop(): void {
    this.current?.progress.stop();
    this.current = null;
  }
}
