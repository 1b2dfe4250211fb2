import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Schemathesis's run, installing it first when missing, is given this long. */
const RUN_TIMEOUT_MS = 15 * 60_000;

interface Outcome {
  readonly code: number | null;
  readonly output: string;
}

function runSchemathesis(junit: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['scripts/schemathesis.sh'], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, SCHEMATHESIS_JUNIT: junit, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The figures of the JUnit report's one suite: operations tested, failures and errors. */
function figuresOf(xml: string): Record<'tests' | 'failures' | 'errors', number> {
  const suite = /<testsuite\b([^>]*)>/.exec(xml)?.[1] ?? '';
  const figure = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suite)?.[1]);
  return { tests: figure('tests'), failures: figure('failures'), errors: figure('errors') };
}

/** The closing summary Schemathesis prints (operations, test cases generated and passed). */
function summaryOf(output: string): string {
  const start = output.lastIndexOf('SUMMARY');
  return start < 0 ? '' : output.slice(start).trim().split('\n').slice(0, 40).join('\n');
}

/**
 * Schemathesis 4 (from PyPI, in a venv under .cache/) with every check against the embedded
 * api and its /docs/openapi.json: every operation passes, or is an exception written with its
 * reason in test/schemathesis/schemathesis.toml. On failure the message carries its report.
 */
describe('the api against its OpenAPI document, tried by Schemathesis', () => {
  it(
    'passes every check on every operation',
    async () => {
      const junit = join(mkdtempSync(join(tmpdir(), 'pb-schemathesis-report-')), 'junit.xml');
      const { code, output } = await runSchemathesis(junit);
      if (!existsSync(junit))
        throw new Error(`Schemathesis wrote no report (exit ${code}):\n${output}`);
      const figures = figuresOf(readFileSync(junit, 'utf8'));
      console.log(`Schemathesis: ${figures.tests} operations\n${summaryOf(output)}`);
      const failures = output.slice(output.indexOf('FAILURES'));
      expect({ ...figures, code, failures: figures.failures ? failures : '' }).toEqual({
        tests: expect.any(Number),
        failures: '',
        errors: 0,
        code: 0,
      });
      expect(figures.tests).toBeGreaterThan(70);
    },
    RUN_TIMEOUT_MS,
  );
});
