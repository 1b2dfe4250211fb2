import { ConfigError, loadConfig } from './config';

const distributed = {
  MONGODB_URI: 'mongodb://127.0.0.1:27017/',
  KAFKA_BROKERS: '127.0.0.1:9092,127.0.0.1:9093,127.0.0.1:9094',
  AUTH_JWT_SECRET: 'a-secret-of-at-least-thirty-two-bytes!!',
};

describe('Kafka replication settings', () => {
  it("leaves replication to the broker's defaults unless told", () => {
    const kafka = loadConfig(distributed).kafka!;
    expect(kafka).not.toHaveProperty('replicationFactor');
    expect(kafka).not.toHaveProperty('minInsyncReplicas');
  });

  it('takes a replication factor and a minimum of in-sync replicas', () => {
    const kafka = loadConfig({
      ...distributed,
      KAFKA_REPLICATION_FACTOR: '3',
      KAFKA_MIN_INSYNC_REPLICAS: '2',
    }).kafka!;
    expect(kafka).toMatchObject({ replicationFactor: 3, minInsyncReplicas: 2 });
  });

  it('refuses a minimum above the replication factor, and a count that is not a number', () => {
    expect(() =>
      loadConfig({ ...distributed, KAFKA_REPLICATION_FACTOR: '2', KAFKA_MIN_INSYNC_REPLICAS: '3' }),
    ).toThrow(/KAFKA_MIN_INSYNC_REPLICAS \(3\) must not exceed KAFKA_REPLICATION_FACTOR \(2\)/);
    expect(() => loadConfig({ ...distributed, KAFKA_REPLICATION_FACTOR: 'three' })).toThrow(
      ConfigError,
    );
  });
});
