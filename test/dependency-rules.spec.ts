import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const FIXTURES = join(__dirname, 'fixtures/dependency-rules');

interface EslintResult {
  filePath: string;
  messages: {
    ruleId: string | null;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
  }[];
}

interface Violation {
  from: string;
  to: string;
  unresolvedTo?: string;
  rule: { name: string };
}

/**
 * Runs a tool of node_modules/.bin and parses what it prints. The command lines are used rather
 * than the Node APIs: jest cannot load the ES modules (dependency-cruiser, eslint.config.mjs) they need.
 */
function runJson<T>(bin: string, args: string[], cwd: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const command = join(ROOT, 'node_modules/.bin', bin);
    execFile(command, args, { cwd, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout) as T);
      } catch {
        reject(error ?? new Error(`${bin} printed no JSON: ${stderr}`));
      }
    });
  });
}

/** `<file>: <offending code> (<rule>)` for each problem ESLint reports under `dir`. */
async function eslintProblems(cwd: string, dir: string): Promise<string[]> {
  const config = join(ROOT, 'eslint.config.mjs');
  const results = await runJson<EslintResult[]>('eslint', ['-c', config, '-f', 'json', dir], cwd);
  return results.flatMap((result) => {
    const lines = readFileSync(result.filePath, 'utf8').split('\n');
    return result.messages.map(({ ruleId, line, column, endColumn }) => {
      const code = lines[line - 1].slice(
        column - 1,
        endColumn === undefined ? undefined : endColumn - 1,
      );
      return `${relative(cwd, result.filePath)}: ${code} (${ruleId})`;
    });
  });
}

/** The violations dependency-cruiser finds in `dirs`, known ones included. */
function cruise(cwd: string, dirs: string[]): Promise<Violation[]> {
  const config = join(ROOT, '.dependency-cruiser.cjs');
  return runJson<Violation[]>('depcruise', ['-c', config, '-T', 'baseline', ...dirs], cwd);
}

const described = (violations: Violation[]): string[] =>
  violations.map(({ rule, from, to, unresolvedTo }) => {
    const target = to.includes('node_modules/') ? unresolvedTo : to;
    return `${rule.name}: ${from} → ${target}`;
  });

describe('the dependency rules', () => {
  let fixtureLint: string[];
  let fixtureCruise: Violation[];
  let domainLint: string[];
  let treeCruise: Violation[];

  // The four runs take about seven seconds of CPU together; a busy machine stretches that.
  beforeAll(async () => {
    [fixtureLint, fixtureCruise, domainLint, treeCruise] = await Promise.all([
      eslintProblems(FIXTURES, 'libs/domain'),
      cruise(FIXTURES, ['apps', 'libs', 'test']),
      eslintProblems(ROOT, 'libs/domain'),
      cruise(ROOT, ['apps', 'libs', 'test', 'bench']),
    ]);
  }, 60_000);

  it('keep the clock, randomness and the outside world out of libs/domain', () => {
    expect(fixtureLint.sort()).toEqual(
      [
        'libs/domain/src/clock.ts: Date.now (no-restricted-properties)',
        'libs/domain/src/clock.ts: new Date() (no-restricted-syntax)',
        'libs/domain/src/clock.ts: Date() (no-restricted-syntax)',
        'libs/domain/src/clock.ts: performance (no-restricted-globals)',
        'libs/domain/src/randomness.ts: Math.random (no-restricted-properties)',
        'libs/domain/src/randomness.ts: crypto (no-restricted-globals)',
        'libs/domain/src/outside-world.ts: fetch (no-restricted-globals)',
        'libs/domain/src/outside-world.ts: process (no-restricted-globals)',
        'libs/domain/src/outside-world.ts: setTimeout (no-restricted-globals)',
        'libs/domain/src/outside-world.ts: setInterval (no-restricted-globals)',
        'libs/domain/src/outside-world.ts: require (no-restricted-globals)',
        "libs/domain/src/outside-world.ts: require('./index') (@typescript-eslint/no-require-imports)",
        "libs/domain/src/outside-world.ts: import('./index') (no-restricted-syntax)",
      ].sort(),
    );
  });

  it('report each import of the fixture tree that breaks a rule, and only those', () => {
    expect(described(fixtureCruise).sort()).toEqual(
      [
        'domain-is-pure: libs/domain/src/uses-node-module.ts → path',
        'domain-is-pure: libs/domain/src/uses-npm-package.ts → yaml',
        'domain-is-pure: libs/domain/src/uses-other-library.ts → libs/common/src/index.ts',
        'layer-common: libs/common/src/reaches-up.ts → libs/domain/src/index.ts',
        'layer-contracts: libs/contracts/src/reaches-up.ts → libs/storage/src/index.ts',
        'layer-storage: libs/storage/src/reaches-up.ts → libs/event-store/src/index.ts',
        'layer-event-store: libs/event-store/src/reaches-up.ts → libs/messaging/src/index.ts',
        'layer-messaging: libs/messaging/src/reaches-sideways.ts → libs/projections/src/index.ts',
        'layer-projections: libs/projections/src/reaches-sideways.ts → libs/messaging/src/index.ts',
        'layer-platform: libs/platform/src/reaches-app.ts → apps/api/src/main.ts',
        'apps-are-apart: apps/relay/src/main.ts → apps/api/src/main.ts',
        'no-circular: libs/projections/src/cycle-first.ts → libs/projections/src/cycle-second.ts',
        'kafka-in-messaging: libs/platform/src/kafka-probe.ts → kafkajs',
        'databases-in-storage-layers: apps/api/src/mongo-client.ts → mongodb',
        'databases-in-storage-layers: libs/messaging/src/sqlite-outbox.ts → better-sqlite3',
        'no-test-code-in-production: apps/api/src/uses-test-code.ts → apps/api/src/sample.testing.ts',
        'no-test-code-in-production: apps/api/src/uses-test-code.ts → test/support/helper.ts',
      ].sort(),
    );
  });

  it('find libs/domain pure', () => {
    expect(domainLint).toEqual([]);
  });

  it('find no import in the repository that breaks a rule', () => {
    expect(described(treeCruise)).toEqual([]);
  });
});
