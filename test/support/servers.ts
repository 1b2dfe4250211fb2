import { randomUUID } from 'node:crypto';

/**
 * The real servers the integration suites talk to. scripts/test.sh starts them and
 * exports their addresses; a suite that finds none fails, it never skips.
 */
export function mongoUri(): string {
  const uri = process.env.MONGODB_URI;
  if (!uri)
    throw new Error(
      'MONGODB_URI is not set: run the tests with `npm test`, which starts the servers',
    );
  return uri;
}

export function kafkaBrokers(): string[] {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers)
    throw new Error(
      'KAFKA_BROKERS is not set: run the tests with `npm test`, which starts the servers',
    );
  return brokers.split(',');
}

/** A name no other test uses, for databases, topics and consumer groups. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}
