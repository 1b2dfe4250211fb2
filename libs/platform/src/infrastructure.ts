import {
  CredentialStore,
  EventStore,
  MongoCredentialStore,
  MongoClaims,
  MongoEventStore,
  MongoRelayLease,
  RelayLease,
  SqliteClaims,
  SqliteCredentialStore,
  SqliteEventStore,
  SqliteRelayLease,
  UniqueClaims,
  type AppendStep,
} from '@pb/event-store';
import { connectMongo, FileStore, FolderFileStore, GridFsFileStore } from '@pb/storage';
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
  /** Passwords, sessions and invitation links: never events, never published. */
  readonly credentials: CredentialStore;
  /**
   * Embedded mode: rejects while the disk under the data directory is full (see
   * SqliteEventStore.writable). The distributed mode's stores live on servers of their own.
   */
  readonly writable?: () => Promise<void>;
  /** The evidence files: a folder under DATA_DIR, or GridFS. */
  readonly files: FileStore;
  close(): Promise<void>;
}

type Adapters = Omit<Infrastructure, 'close'>;

/** Closing stops the transport first, so nothing is published into closed stores. */
function closingTransportFirst(
  adapters: Adapters,
  closeStores: () => Promise<unknown>,
): Infrastructure {
  return {
    ...adapters,
    close: async () => {
      await adapters.transport.close();
      await closeStores();
    },
  };
}

/** How a process uses its stores: serving requests, or a bulk job such as the CLI's rebuild. */
export interface InfrastructureOptions {
  /** Embedded mode: the page cache of the event store's and the views' connections. */
  readonly sqliteCacheKiB?: number;
}

export async function openInfrastructure(
  config: AppConfig,
  { sqliteCacheKiB }: InfrastructureOptions = {},
): Promise<Infrastructure> {
  if (config.mode === 'embedded') {
    const files = embeddedFiles(config.dataDir);
    const eventsFile = files.events;
    const store = new SqliteEventStore(eventsFile, { cacheKiB: sqliteCacheKiB });
    const claims = new SqliteClaims(eventsFile);
    const lease = new SqliteRelayLease(eventsFile);
    const credentials = new SqliteCredentialStore(eventsFile);
    const views = new GenerationalReadModelStore(
      new SqliteReadModelStore(files.views, { cacheKiB: sqliteCacheKiB }),
    );
    const transport = new InProcessTransport();
    const writable = () => store.writable();
    const evidence = new FolderFileStore(files.evidence);
    return closingTransportFirst(
      { store, claims, views, transport, lease, credentials, writable, files: evidence },
      () =>
        Promise.all([
          store.close(),
          claims.close(),
          views.close(),
          lease.close(),
          credentials.close(),
        ]),
    );
  }
  if (!config.mongo || !config.kafka)
    throw new Error('distributed mode needs MongoDB and Kafka settings');
  const { client, db } = await connectMongo(config.mongo);
  const adapters = {
    store: await (
      config.dieAfterAppendStep
        ? new DyingMongoEventStore(db, config.dieAfterAppendStep)
        : new MongoEventStore(db)
    ).init(),
    claims: new MongoClaims(db),
    lease: new MongoRelayLease(db),
    credentials: new MongoCredentialStore(db),
    views: new GenerationalReadModelStore(new MongoReadModelStore(db)),
    transport: new KafkaTransport(config.kafka),
    files: await new GridFsFileStore(db).init(),
  };
  // The MongoDB adapters share the one client: closing it closes them all.
  return closingTransportFirst(adapters, () => client.close());
}

/**
 * The event store of a process that is to die at a step of an append, as a kill -9 there
 * would leave the store (FAULT_DIE_AFTER_APPEND_STEP, for the fault tests).
 */
class DyingMongoEventStore extends MongoEventStore {
  constructor(
    db: ConstructorParameters<typeof MongoEventStore>[0],
    private readonly step: AppendStep,
  ) {
    super(db);
  }

  protected override async reached(step: AppendStep): Promise<void> {
    if (step === this.step) process.kill(process.pid, 'SIGKILL');
  }
}
