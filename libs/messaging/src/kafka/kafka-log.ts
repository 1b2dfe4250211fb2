import { logLevel, type logCreator } from 'kafkajs';

export type KafkaLogLevel = 'error' | 'warn' | 'info' | 'debug';

/** Where a process writes what its Kafka clients log: its own logger, in its own shape. */
export type KafkaLogSink = (
  level: KafkaLogLevel,
  message: string,
  fields: Readonly<Record<string, unknown>>,
) => void;

/** Until a process routes them, Kafka's lines go to stderr as one JSON object a line. */
const STDERR_SINK: KafkaLogSink = (level, msg, fields) =>
  process.stderr.write(
    `${JSON.stringify({ level, time: new Date().toISOString(), context: 'Kafka', ...fields, msg })}\n`,
  );

let sink: KafkaLogSink = STDERR_SINK;

/** Routes the log lines of every Kafka client of this process; null restores stderr. */
export function routeKafkaLogs(to: KafkaLogSink | null): void {
  sink = to ?? STDERR_SINK;
}

const LEVELS: Partial<Record<logLevel, KafkaLogLevel>> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** kafkajs's logger, writing through the routed sink; the namespace names the part of kafkajs. */
export const kafkaLogCreator: logCreator =
  () =>
  ({ namespace, level, log }) => {
    const { message, timestamp: _timestamp, logger: _logger, ...fields } = log;
    sink(LEVELS[level] ?? 'info', String(message), { kafka: namespace, ...fields });
  };
