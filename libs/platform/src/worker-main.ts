import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config';
import { createLogger, PinoNestLogger, routeKafkaLogsTo } from './observability/logging';
import { DEFAULT_METRICS_PORTS } from './observability/observability-settings';
import { limitHeapGrowth } from './heap';
import { Runtime, type Roles } from './runtime';

/**
 * Runs the relay or the projector as a process of its own (distributed mode), until
 * SIGTERM or SIGINT.
 */
export async function runWorker(name: 'relay' | 'projector', roles: Roles): Promise<void> {
  limitHeapGrowth();
  const logger = new Logger(name);
  try {
    const config = loadConfig();
    if (config.mode !== 'distributed')
      throw new ConfigError([
        `the ${name} runs on its own only in distributed mode; set MONGODB_URI and KAFKA_BROKERS`,
      ]);
    const pino = createLogger(name, config.observability.logLevel);
    Logger.overrideLogger(new PinoNestLogger(pino));
    routeKafkaLogsTo(pino);
    const runtime = await Runtime.open(config);
    await runtime.serveMetrics(DEFAULT_METRICS_PORTS[name]);
    await runtime.start(roles);
    logger.log(`${name} started`);
    const stop = async (signal: string) => {
      logger.log(`${signal}: stopping`);
      await runtime.close();
      process.exit(0);
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  } catch (error) {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  }
}
