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

export type BenchMode = 'embedded' | 'distributed';

/**
 * A scenario over both modes, and the same over the embedded mode alone
 * (`<name>-embedded`): one million events load in minutes there, while the distributed
 * load takes the better part of an hour.
 */
export function bothModesAndEmbedded(
  name: string,
  title: string,
  run: (context: BenchContext, modes: readonly BenchMode[]) => Promise<ScenarioResult>,
): [both: Scenario, embedded: Scenario] {
  return [
    { name, title, run: (context) => run(context, ['embedded', 'distributed']) },
    {
      name: `${name}-embedded`,
      title: `${title}, embedded mode`,
      run: (context) => run(context, ['embedded']),
    },
  ];
}
