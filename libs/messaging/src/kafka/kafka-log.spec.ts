import { logLevel } from 'kafkajs';
import { kafkaLogCreator, routeKafkaLogs, type KafkaLogLevel } from './kafka-log';

describe("Kafka's log lines", () => {
  afterEach(() => routeKafkaLogs(null));

  it('go to the routed sink with their level, message and fields, not in kafkajs shape', () => {
    const lines: [KafkaLogLevel, string, Readonly<Record<string, unknown>>][] = [];
    routeKafkaLogs((level, message, fields) => lines.push([level, message, fields]));
    const log = kafkaLogCreator(logLevel.ERROR);
    log({
      namespace: 'Connection',
      level: logLevel.ERROR,
      label: 'ERROR',
      log: {
        timestamp: '2026-12-03T00:00:00.000Z',
        logger: 'kafkajs',
        message: 'Connection error: connect ECONNREFUSED 127.0.0.1:9092',
        broker: '127.0.0.1:9092',
        clientId: 'pb.relay',
      },
    });
    log({
      namespace: 'Producer',
      level: logLevel.WARN,
      label: 'WARN',
      log: { timestamp: '2026-12-03T00:00:01.000Z', message: 'retrying' },
    });
    expect(lines).toEqual([
      [
        'error',
        'Connection error: connect ECONNREFUSED 127.0.0.1:9092',
        { kafka: 'Connection', broker: '127.0.0.1:9092', clientId: 'pb.relay' },
      ],
      ['warn', 'retrying', { kafka: 'Producer' }],
    ]);
  });
});
