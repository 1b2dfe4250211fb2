import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, limitHeapGrowth, loadConfig } from '@pb/platform';
import { startApi } from './bootstrap';

async function main(): Promise<void> {
  limitHeapGrowth();
  const config = loadConfig();
  const { url } = await startApi(config);
  const where = config.mode === 'embedded' ? `data in ${config.dataDir}` : `MongoDB and Kafka`;
  new Logger('Api').log(
    `listening on ${url} (${config.mode} mode, ${where}); API docs at ${url}/docs, event contracts at ${url}/docs/asyncapi.yaml, workbench at ${url}/app/`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
