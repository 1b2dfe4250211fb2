import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SocietyCommand } from '@pb/domain';
import {
  MongoClaims,
  MongoEventStore,
  SqliteClaims,
  SqliteEventStore,
  type AppendStep,
  type EventStore,
  type NewCommit,
  type StoredCommit,
  type UniqueClaims,
} from '@pb/event-store';
import { loadConfig, Runtime } from '@pb/platform';
import { connectMongo } from '@pb/storage';
import { mongoUri, uniqueName } from '../../../../test/support/servers';
import { SocietyClaims } from '../societies/society-claims';
import { SocietyRunner } from '../societies/society-runner';
import type { CommandContext } from './command-context';
import { CommandRunner } from './command-runner';
import { StreamStates } from './stream-states';

/** What a process that dies at `step` leaves: it gets there, and never goes on. */
class Death {
  private reach!: () => void;
  /** Resolves once the append has got as far as it will. */
  readonly reached = new Promise<void>((resolve) => (this.reach = resolve));

  constructor(readonly step: AppendStep) {}

  async at(step: AppendStep): Promise<void> {
    if (step !== this.step) return;
    this.reach();
    await new Promise<never>(() => undefined);
  }
}

/** Waits for the attempt to die; one that answers or fails instead fails the test. */
async function dying(attempt: Promise<unknown>, death: Death): Promise<void> {
  await Promise.race([
    death.reached,
    attempt.then((outcome) => {
      throw new Error(`the attempt answered ${JSON.stringify(outcome)} before the ${death.step}`);
    }),
  ]);
}

/** The database the MongoDB store runs on (apps name no database driver). */
type Db = ConstructorParameters<typeof MongoEventStore>[0];

class DyingMongoEventStore extends MongoEventStore {
  constructor(
    db: Db,
    private readonly death: Death,
  ) {
    super(db);
  }

  protected override reached(step: AppendStep): Promise<void> {
    return this.death.at(step);
  }
}

/** On SQLite a commit is one row, written in one transaction: the only point is after it. */
class DyingSqliteEventStore extends SqliteEventStore {
  constructor(
    file: string,
    private readonly death: Death,
  ) {
    super(file);
  }

  override async append(commit: NewCommit): Promise<StoredCommit> {
    const stored = await super.append(commit);
    await this.death.at('commit');
    return stored;
  }
}

interface Stores {
  /** The store of the process that dies at the step, sharing the data with `store`. */
  dying(death: Death): EventStore;
  /** The store of the process that serves the retry. */
  store: EventStore;
  claims: UniqueClaims;
  close(): Promise<void>;
}

const KINDS: { name: string; steps: AppendStep[]; open: () => Promise<Stores> }[] = [
  {
    name: 'SQLite',
    steps: ['commit'],
    open: async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'pb-runner-')), 'events.sqlite');
      const store = new SqliteEventStore(file);
      const claims = new SqliteClaims(file);
      const dead: EventStore[] = [];
      return {
        dying: (death) => {
          dead.push(new DyingSqliteEventStore(file, death));
          return dead[dead.length - 1]!;
        },
        store,
        claims,
        close: async () => {
          await Promise.all([store.close(), claims.close(), ...dead.map((d) => d.close())]);
        },
      };
    },
  },
  {
    name: 'MongoDB',
    // The outbox entry comes before the commit: a death there is one before the commit.
    steps: ['commit'],
    open: async () => {
      const { client, db } = await connectMongo({
        uri: mongoUri(),
        database: uniqueName('pb_runner'),
      });
      return {
        dying: (death) => new DyingMongoEventStore(db, death),
        store: await new MongoEventStore(db).init(),
        claims: new MongoClaims(db),
        close: async () => {
          await db.dropDatabase();
          await client.close();
        },
      };
    },
  },
];

const context = (key: string): CommandContext => ({
  actor: 'user:office',
  correlationId: 'c',
  idempotencyKey: key,
  expectedVersion: null,
});

describe.each(KINDS)('a retried command after a crash ($name)', ({ steps, open }) => {
  let runtime: Runtime;
  let stores: Stores;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pb-runner-runtime-'));
    runtime = await Runtime.open(loadConfig({ MODE: 'embedded', DATA_DIR: dataDir }));
  });
  afterAll(() => runtime.close());
  beforeEach(async () => (stores = await open()));
  afterEach(() => stores.close());

  /** A process of its own: its own stream memory and runner, on the given store. */
  function societies(store: EventStore): SocietyRunner {
    const runner = new CommandRunner(store, runtime, new StreamStates(store));
    return new SocietyRunner(runner, new SocietyClaims(stores.claims, store));
  }

  /** Runs `command` in a process that dies at `step`; resolves once it is dead. */
  async function dieAt(step: AppendStep, command: SocietyCommand, key: string): Promise<void> {
    const death = new Death(step);
    await dying(societies(stores.dying(death)).run(command, context(key)), death);
  }

  const registration = (societyId: string, name: string): SocietyCommand => ({
    type: 'RegisterSociety',
    societyId,
    name,
    kind: 'society',
    creditCode: '91350100M000100Y43',
  });

  it.each(steps)(
    'answers a registration that died after its %s as the first attempt did, whatever id the retry carries',
    async (step) => {
      await dieAt(step, registration('1d0c2c4e-0000-4000-8000-000000000001', '中国化学会'), 'k1');

      // A client that let the server choose the id sends none, so the retry gets another.
      const retry = await societies(stores.store).run(
        registration('1d0c2c4e-0000-4000-8000-000000000002', '中国化学会'),
        context('k1'),
      );

      expect(retry).toEqual({
        id: '1d0c2c4e-0000-4000-8000-000000000001',
        streamId: 'society-1d0c2c4e-0000-4000-8000-000000000001',
        version: 1,
        events: ['SocietyRegistered'],
        replayed: true,
      });
      expect(await stores.store.readStream('society-1d0c2c4e-0000-4000-8000-000000000002')).toEqual(
        [],
      );
    },
  );

  it.each(steps)(
    'answers a command that changed nothing on retry as the first attempt did after its %s',
    async (step) => {
      const id = '1d0c2c4e-0000-4000-8000-000000000003';
      await societies(stores.store).run(registration(id, '中国物理学会'), context('k2'));
      const rename: SocietyCommand = { type: 'RenameSociety', societyId: id, name: '中国光学学会' };
      await dieAt(step, rename, 'k3');

      const retry = await societies(stores.store).run(rename, context('k3'));

      expect(retry).toMatchObject({ version: 2, events: ['SocietyRenamed'], replayed: true });
    },
  );

  it.each(steps)(
    'gives up the name of a society deregistered by a command that died after its %s, on retry',
    async (step) => {
      const id = '1d0c2c4e-0000-4000-8000-000000000004';
      await societies(stores.store).run(registration(id, '中国力学学会'), context('k4'));
      const deregistration: SocietyCommand = {
        type: 'DeregisterSociety',
        societyId: id,
        reason: '合并',
      };
      await dieAt(step, deregistration, 'k5');

      await expect(
        societies(stores.store).run(deregistration, context('k5')),
      ).resolves.toMatchObject({ version: 2, replayed: true });
      await expect(
        societies(stores.store).run(
          { ...registration('1d0c2c4e-0000-4000-8000-000000000005', '中国力学学会') },
          context('k6'),
        ),
      ).resolves.toMatchObject({ version: 1, replayed: false });
    },
  );
});

describe('a retried command after a crash before its commit (MongoDB)', () => {
  it.each<AppendStep>(['command-entry', 'outbox-entry'])(
    'commits on retry, once, as a first attempt, after a death at its %s',
    async (step) => {
      const { client, db } = await connectMongo({
        uri: mongoUri(),
        database: uniqueName('pb_runner'),
      });
      const runtime = await Runtime.open(
        loadConfig({ MODE: 'embedded', DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-runner-')) }),
      );
      try {
        const store = await new MongoEventStore(db).init();
        const claims = new MongoClaims(db);
        const runnerOn = (target: EventStore) =>
          new SocietyRunner(
            new CommandRunner(target, runtime, new StreamStates(target)),
            new SocietyClaims(claims, target),
          );
        const command: SocietyCommand = {
          type: 'RegisterSociety',
          societyId: '1d0c2c4e-0000-4000-8000-000000000006',
          name: '中国数学会',
          kind: 'society',
        };
        const death = new Death(step);
        await dying(
          runnerOn(new DyingMongoEventStore(db, death)).run(command, context('k7')),
          death,
        );

        await expect(runnerOn(store).run(command, context('k7'))).resolves.toMatchObject({
          version: 1,
          events: ['SocietyRegistered'],
          replayed: false,
        });
        expect(await store.readStream('society-1d0c2c4e-0000-4000-8000-000000000006')).toHaveLength(
          1,
        );
      } finally {
        await runtime.close();
        await db.dropDatabase();
        await client.close();
      }
    },
  );
});
