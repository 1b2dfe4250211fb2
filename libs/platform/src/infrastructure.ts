import {
  EventStore,
  MongoClaims,
  MongoEventStore,
  MongoRelayLease,
  RelayLease,
  SqliteClaims,
  SqliteEventStore,
  SqliteRelayLease,
  UniqueClaims,
} from '@pb/event-store';
import { connectMongo } from '@pb/storage';
import { EventTransport, InProcessTransport, KafkaTransport } from '@pb/messaging';
import {
  GenerationalReadModelStore,
  MongoReadModelStore,
  SqliteReadModelStore,
} from '@pb/projections';
import type { AppConfig } from './config';
import { embeddedFiles } from './embedded-files';

/** The adapters of every port, chosen in one place by the mode. */
export interface Infrastructure {
  readonly store: EventStore;
  readonly claims: UniqueClaims;
  readonly views: GenerationalReadModelStore;
  readonly transport: EventTransport;
  /** Which relay process publishes; asked only in distributed mode, where several may run. */
  readonly lease: RelayLease;
  close(): Promise<void>;
}

export async function openInfrastructure(config: AppConfig): Promise<Infrastructure> {
  if (config.mode === 'embedded') {
    const files = embeddedFiles(config.dataDir);
    const eventsFile = files.events;
    const store = new SqliteEventStore(eventsFile);
    const claims = new SqliteClaims(eventsFile);
    const lease = new SqliteRelayLease(eventsFile);
    const views = new GenerationalReadModelStore(new SqliteReadModelStore(files.views));
    const transport = new InProcessTransport();
    return {
      store,
      claims,
      views,
      transport,
      lease,
      close: async () => {
        await transport.close();
        await Promise.all([store.close(), claims.close(), views.close(), lease.close()]);
      },
    };
  }
  if (!config.mongo || !config.kafka)
    throw new Error('distributed mode needs MongoDB and Kafka settings');
  const { client, db } = await connectMongo(config.mongo);
  const store = await new MongoEventStore(db).init();
  const claims = new MongoClaims(db);
  const lease = new MongoRelayLease(db);
  const views = new GenerationalReadModelStore(new MongoReadModelStore(db));
  const transport = new KafkaTransport(config.kafka);
  return {
    store,
    claims,
    views,
    transport,
    lease,
    close: async () => {
      await transport.close();
      await client.close();
    },
  };
}
