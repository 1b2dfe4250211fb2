import { ensureTopics, type TopicAdmin } from './kafka-topics';

/** A Kafka whose admin knows `existing` topics and records what it is asked to create. */
function fakeKafka(existing: string[]) {
  const created: unknown[] = [];
  const admin: TopicAdmin = {
    connect: async () => undefined,
    disconnect: async () => undefined,
    listTopics: async () => existing,
    createTopics: async (request) => {
      created.push(...request.topics);
      return true;
    },
  };
  return { kafka: { admin: () => admin }, created };
}

describe('ensureTopics', () => {
  it('creates the missing topics replicated as configured, with min.insync.replicas first', async () => {
    const { kafka, created } = fakeKafka(['old']);
    await ensureTopics(
      kafka,
      [{ topic: 'old' }, { topic: 'new', configEntries: [{ name: 'retention.ms', value: '-1' }] }],
      { partitions: 4, replicationFactor: 3, minInsyncReplicas: 2 },
    );
    expect(created).toEqual([
      {
        topic: 'new',
        numPartitions: 4,
        replicationFactor: 3,
        configEntries: [
          { name: 'min.insync.replicas', value: '2' },
          { name: 'retention.ms', value: '-1' },
        ],
      },
    ]);
  });

  it("leaves replication to the broker's defaults when it is not configured", async () => {
    const { kafka, created } = fakeKafka([]);
    await ensureTopics(kafka, [{ topic: 'events' }], { partitions: 12 });
    expect(created).toEqual([
      { topic: 'events', numPartitions: 12, replicationFactor: -1, configEntries: [] },
    ]);
  });

  it("tries again when waiting for the new topic's leaders is told the topic is unknown", async () => {
    const { kafka, created } = fakeKafka([]);
    const admin = kafka.admin();
    const listed = [[], ['events']];
    admin.listTopics = async () => listed.shift() ?? ['events'];
    admin.createTopics = async (request) => {
      created.push(...request.topics);
      throw Object.assign(new Error('This server does not host this topic-partition'), {
        retriable: true,
      });
    };
    await ensureTopics(kafka, [{ topic: 'events' }], { partitions: 1 });
    expect(created).toHaveLength(1);
  });

  it('gives up at once on an answer that is not retriable', async () => {
    const { kafka } = fakeKafka([]);
    let asked = 0;
    kafka.admin().createTopics = async () => {
      asked++;
      throw new Error('Invalid config value for min.insync.replicas');
    };
    await expect(ensureTopics(kafka, [{ topic: 'events' }], { partitions: 1 })).rejects.toThrow(
      /min.insync.replicas/,
    );
    expect(asked).toBe(1);
  });

  it('waits for the brokers of a starting cluster to register, as the broker words it', async () => {
    const { kafka, created } = fakeKafka([]);
    const refusals = [
      // kafkajs: one error per topic, gathered.
      Object.assign(new Error('Topic creation errors'), {
        errors: [{ type: 'INVALID_REPLICATION_FACTOR', message: 'Replication factor is invalid' }],
      }),
      new Error('Replication factor: 3 larger than available brokers: 2'),
    ];
    kafka.admin().createTopics = async (request) => {
      const refusal = refusals.shift();
      if (refusal) throw refusal;
      created.push(...request.topics);
      return true;
    };
    const layout = { partitions: 1, replicationFactor: 3 };
    await ensureTopics(kafka, [{ topic: 'events' }], layout, { pauseMs: 1 });
    expect(created).toHaveLength(1);
  });

  it('refuses a replication factor above the brokers there are once they had time to join', async () => {
    const { kafka } = fakeKafka([]);
    let asked = 0;
    kafka.admin().createTopics = async () => {
      asked++;
      throw new Error('Replication factor: 3 larger than available brokers: 1');
    };
    const layout = { partitions: 1, replicationFactor: 3 };
    await expect(
      ensureTopics(kafka, [{ topic: 'events' }], layout, { joiningMs: 50, pauseMs: 5 }),
    ).rejects.toThrow(/larger than available brokers: 1/);
    expect(asked).toBeGreaterThan(1);
  });
});
