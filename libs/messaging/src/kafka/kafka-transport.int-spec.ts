import { MongoEventStore } from '@pb/event-store';
import { connectMongo } from '@pb/storage';
import { kafkaBrokers, mongoUri, uniqueName } from '../../../../test/support/servers';
import { transportContract } from '../transport.contract';
import { KafkaTransport } from './kafka-transport';

jest.setTimeout(60000);

describe('KafkaTransport behind the relay (Kafka broker, MongoDB wire server)', () => {
  transportContract(async () => {
    const { client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_bus') });
    const store = await new MongoEventStore(db).init();
    const transport = new KafkaTransport({
      brokers: kafkaBrokers(),
      clientId: 'contract-test',
      topic: uniqueName('pb.test.events'),
      partitions: 3,
      sessionTimeoutMs: 6000,
      heartbeatIntervalMs: 500,
      maxWaitTimeMs: 50,
    });
    await transport.prepare();
    return {
      store,
      transport,
      group: uniqueName('pb.test.group'),
      close: async () => {
        await transport.close();
        await db.dropDatabase();
        await client.close();
      },
    };
  }, 45000);
});
