import 'reflect-metadata';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_RUNNER, writeBenchmarksDoc, RSS_TARGET_MIB } from './lib/benchmarks-doc';
import { describeMachine } from './lib/machine';
import { peakRssMiB, resetPeakRss } from './lib/memory';
import { killStarted, ROOT } from './lib/processes';
import { loadResults, saveResult, textTable } from './lib/report-file';
import type { BenchContext, Scenario } from './lib/scenario';
import { provideServers } from './lib/servers';

/** The order scenarios run and appear in. */
const ORDER = [
  'commands',
  'relay',
  'rebuild',
  'rebuild-embedded',
  'lag',
  'audit',
  'audit-embedded',
  'report',
  'peer',
];

/** Every scenario module in dist/bench/scenarios: each exports one or more Scenario objects. */
async function discoverScenarios(): Promise<Scenario[]> {
  const dir = join(__dirname, 'scenarios');
  const found: Scenario[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const module = (await import(join(dir, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) if (isScenario(value)) found.push(value);
  }
  const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
  return found.sort((a, b) => rank(a.name) - rank(b.name));
}

function isScenario(value: unknown): value is Scenario {
  const candidate = value as Partial<Scenario> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.name === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.run === 'function'
  );
}

function log(message: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function main(): Promise<number> {
  const scenarios = await discoverScenarios();
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !scenarios.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(
      `unknown scenario(s): ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`,
    );
    return 2;
  }
  const chosen = asked.length === 0 ? scenarios : scenarios.filter((s) => asked.includes(s.name));
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  if (!Number.isFinite(scale) || scale <= 0) {
    console.error(`BENCH_SCALE must be a positive number, got "${process.env.BENCH_SCALE}"`);
    return 2;
  }
  const command = `${scale === 1 ? '' : `BENCH_SCALE=${scale} `}npm run bench${asked.length ? ` -- ${asked.join(' ')}` : ''}`;
  const servers = await provideServers(log);
  const stopServers = () => servers.stop();
  process.once('SIGINT', () => {
    killStarted();
    stopServers();
    process.exit(130);
  });
  let failures = 0;
  try {
    const machine = await describeMachine(servers.mongoUri, servers.kafkaVersion);
    for (const scenario of chosen) {
      const workDir = join(ROOT, '.cache', 'bench', scenario.name);
      rmSync(workDir, { recursive: true, force: true });
      mkdirSync(workDir, { recursive: true });
      const context: BenchContext = {
        mongoUri: servers.mongoUri,
        kafkaBrokers: servers.kafkaBrokers,
        workDir,
        scale,
        log,
      };
      log(`${scenario.name}: ${scenario.title}`);
      resetPeakRss('self');
      const started = Date.now();
      try {
        const result = await scenario.run(context);
        const runner = peakRssMiB('self');
        const memory = [
          ...result.memory,
          ...(runner === null ? [] : [{ process: BENCH_RUNNER, peakRssMiB: runner }]),
        ];
        const seconds = Math.round((Date.now() - started) / 1000);
        saveResult({
          name: scenario.name,
          title: scenario.title,
          date: new Date().toISOString(),
          scale,
          command,
          seconds,
          machine,
          result: { ...result, memory },
        });
        console.log(`\n== ${scenario.title} (${scenario.name}, ${seconds} s)\n`);
        for (const table of result.tables) console.log(`${textTable(table)}\n`);
        console.log(
          textTable({
            title: 'Target vs measured',
            columns: ['what', 'target', 'measured', 'met'],
            rows: [
              ...result.targets.map((t) => [t.what, t.target, t.measured, t.met ? 'yes' : 'NO']),
              ...memory.map((p) => [
                `peak RSS, ${p.process}`,
                p.process === BENCH_RUNNER ? '(harness)' : `< ${RSS_TARGET_MIB} MiB`,
                `${p.peakRssMiB} MiB`,
                p.process === BENCH_RUNNER ? '—' : p.peakRssMiB < RSS_TARGET_MIB ? 'yes' : 'NO',
              ]),
            ],
          }),
        );
        for (const note of result.notes) console.log(`- ${note}`);
      } catch (error) {
        failures++;
        log(`${scenario.name} failed: ${(error as Error).stack ?? String(error)}`);
      } finally {
        rmSync(workDir, { recursive: true, force: true });
      }
    }
    writeBenchmarksDoc(loadResults(ORDER));
    log('docs/benchmarks.md rewritten');
  } finally {
    stopServers();
  }
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
