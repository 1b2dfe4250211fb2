import 'reflect-metadata';
import {
  BackupRefused,
  ConfigError,
  limitHeapGrowth,
  loadConfig,
  type Runtime,
} from '@pb/platform';
import { isInteractive, type ProgressOptions } from './cli/progress';
import { backup, restore } from './cli/backup.command';
import { check, rebuild, seal, verify, withRuntime } from './cli/store-commands';
import { verifyBackup } from './cli/verify-backup.command';
import { mintToken } from './cli/token.command';
import { USAGE, UsageError } from './cli/usage';

const STORE_COMMANDS: Record<
  string,
  (runtime: Runtime, display: ProgressOptions) => Promise<number>
> = { verify, seal, rebuild, check };

async function main([command, ...args]: string[]): Promise<number> {
  limitHeapGrowth();
  const display: ProgressOptions = { interactive: isInteractive(), stream: process.stderr };
  if (command === 'help' || command === '--help') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'token') return mintToken(() => loadConfig(), args);
  if (command === 'import') {
    // The api's modules load only for the command that needs them.
    const { importTable, readImportRequest } = await import('./cli/import.command');
    const request = await readImportRequest(args);
    return importTable(loadConfig(), request, display);
  }
  if (command === 'accounts') {
    const { accountsCommand } = await import('./cli/accounts.command');
    return accountsCommand(loadConfig(), args);
  }
  if (command === 'backup') return backup(loadConfig(), args, display);
  if (command === 'restore') return restore(loadConfig(), args, display);
  if (command === 'verify' && args.length > 0) return verifyBackup(loadConfig(), args, display);
  const run =
    command !== undefined && Object.hasOwn(STORE_COMMANDS, command)
      ? STORE_COMMANDS[command]
      : undefined;
  if (!run) throw new UsageError(command ? `unknown command "${command}"` : 'name a command', true);
  if (args.length > 0) throw new UsageError(`${command}: unexpected ${args.join(' ')}`);
  return withRuntime(loadConfig(), (runtime) => run(runtime, display));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(
        error.withUsage
          ? `${error.message}\n\n${USAGE}`
          : `${error.message} (see npm run cli -- help)`,
      );
      process.exit(2);
    }
    if (error instanceof BackupRefused) {
      console.error(error.message);
      process.exit(1);
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error);
    process.exit(3);
  },
);
