import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { TEST_JWT_SECRET } from './auth';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'src', 'cli.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI on the embedded mode's `dataDir`, as an operator would beside the running api. */
export function runCli(dataDir: string, ...args: string[]): Promise<CliRun> {
  return runCliWith({}, dataDir, ...args);
}

/** runCli with more settings (LOG_LEVEL, say). */
export function runCliWith(
  settings: Record<string, string>,
  dataDir: string,
  ...args: string[]
): Promise<CliRun> {
  const env = {
    PATH: process.env.PATH,
    DATA_DIR: dataDir,
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    ...settings,
  };
  return new Promise((resolve) =>
    execFile(process.execPath, [CLI, ...args], { env, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );
}
