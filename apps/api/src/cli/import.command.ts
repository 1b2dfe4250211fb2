import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { CampaignNotFound } from '@pb/domain';
import { OutboxRelay } from '@pb/messaging';
import { Runtime, type AppConfig } from '@pb/platform';
import type { CommandContext } from '../application/command-context';
import { ArrangementImport } from '../imports/arrangement-import';
import { parseArrangementTable, TableUnreadable, type ParsedTable } from '../imports/table';
import { importSummary, refusedRows } from './import-summary';
import { ImportCommandModule } from './import.module';
import { startProgress, type ProgressOptions } from './progress';
import { secondsSince } from './store-commands';
import { UsageError, readOptions } from './usage';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_ACTOR_LENGTH = 200;

export interface ImportRequest {
  readonly campaignId: string;
  readonly actor: string;
  readonly file: string;
  readonly table: ParsedTable;
}

/**
 * Reads `import --campaign <uuid> [--actor <who>] <file>` and the table it names; a
 * missing or malformed argument, or a file that is not an arrangement table, is a
 * UsageError, raised before any store is opened.
 */
export async function readImportRequest(args: readonly string[]): Promise<ImportRequest> {
  const { options, positionals } = readOptions('import', args, ['campaign', 'actor']);
  if (!options.campaign) throw new UsageError('import: --campaign <uuid> is required');
  if (!UUID.test(options.campaign))
    throw new UsageError(`import: --campaign must be a UUID, got "${options.campaign}"`);
  const actor = options.actor?.trim() ?? defaultActor();
  if (actor.length === 0 || actor.length > MAX_ACTOR_LENGTH)
    throw new UsageError(`import: --actor must hold 1 to ${MAX_ACTOR_LENGTH} characters`);
  if (positionals.length !== 1)
    throw new UsageError(
      `import: name exactly one file (.xlsx or .csv), got ${positionals.length === 0 ? 'none' : positionals.join(' ')}`,
    );
  const file = positionals[0]!;
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    throw new UsageError(`import: cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return {
      campaignId: options.campaign,
      actor,
      file,
      table: await parseArrangementTable(content),
    };
  } catch (error) {
    if (error instanceof TableUnreadable)
      throw new UsageError(`import: ${file} is not an arrangement table: ${error.message}`);
    throw error;
  }
}

/**
 * Applies the table through the api's own import service and command handlers, in a
 * Nest application context without HTTP (ImportCommandModule). In embedded mode this
 * process also publishes what it commits to the views, before the import (so members
 * are matched against every earlier commit) and after it; in distributed mode the relay
 * and the projector do.
 */
export async function importTable(
  config: AppConfig,
  request: ImportRequest,
  display: ProgressOptions,
): Promise<number> {
  const started = Date.now();
  const runtime = await Runtime.open(config);
  try {
    const app = await NestFactory.createApplicationContext(
      ImportCommandModule.forRuntime(runtime),
      { logger: ['error'], abortOnError: false },
    );
    try {
      const { store, transport } = runtime.infra;
      const relay =
        config.mode === 'embedded'
          ? new OutboxRelay(store, transport, { ...config.relay, retryMs: 500 })
          : null;
      await runtime.start({ relay: false, projector: relay !== null });
      const publishAll = async () => {
        while (relay && (await relay.drainOnce()) > 0);
      };
      await publishAll();

      const context: CommandContext = {
        actor: request.actor,
        correlationId: randomUUID(),
        idempotencyKey: null,
        expectedVersion: null,
      };
      const progress = startProgress('import', 'rows', display);
      const report = await app
        .get(ArrangementImport)
        .apply(request.campaignId, request.table, context, (done, total) =>
          progress.update(done, total),
        )
        .catch((error: unknown) => {
          if (error instanceof CampaignNotFound) throw new UsageError(`import: ${error.message}`);
          throw error;
        })
        .finally(() => progress.stop());
      await publishAll();

      for (const line of importSummary(report, basename(request.file), secondsSince(started)))
        console.log(line);
      return refusedRows(report) === 0 ? 0 : 1;
    } finally {
      await app.close();
    }
  } finally {
    await runtime.close();
  }
}

function defaultActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    // No user name to be had (a container without a passwd entry).
    return 'cli';
  }
}
