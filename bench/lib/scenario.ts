/**
 * What every benchmark scenario gives the runner (`npm run bench`): it measures, the
 * runner prints the tables, writes the JSON and keeps the latest figures in
 * docs/benchmarks.md.
 */
export interface BenchContext {
  /** A MongoDB-wire server the scenario may use (its own database names). */
  readonly mongoUri: string;
  /** Kafka brokers the scenario may use (its own topic names). */
  readonly kafkaBrokers: string[];
  /** A directory of its own for files (SQLite stores, data dirs). */
  readonly workDir: string;
  /** 1 for the sizes the issue names; smaller to try a scenario quickly (BENCH_SCALE). */
  readonly scale: number;
  log(message: string): void;
}

export interface Table {
  readonly title: string;
  readonly columns: string[];
  readonly rows: (string | number)[][];
}

export interface ProcessMemory {
  /** Which process: api, relay, projector, cli rebuild, bench runner... */
  readonly process: string;
  /** Peak resident set (VmHWM) in MiB. */
  readonly peakRssMiB: number;
}

/** A figure beside the target it is held to. */
export interface TargetCheck {
  readonly what: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

export interface ScenarioResult {
  readonly tables: Table[];
  readonly targets: TargetCheck[];
  readonly memory: ProcessMemory[];
  /** Anything a reader needs to read the figures right. */
  readonly notes: string[];
  /** The raw figures, written to bench/results/<name>.json. */
  readonly data: unknown;
}

export interface Scenario {
  /** Short name used on the command line: `npm run bench -- relay`. */
  readonly name: string;
  readonly title: string;
  run(context: BenchContext): Promise<ScenarioResult>;
}
