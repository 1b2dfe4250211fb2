import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { societyDecider, SocietyAlreadyRegistered, type SocietyCommand } from '@pb/domain';
import { SqliteEventStore, type StoredCommit } from '@pb/event-store';
import { loadConfig, Runtime } from '@pb/platform';
import type { CommandContext } from './command-context';
import { CommandRunner } from './command-runner';
import { StreamStates } from './stream-states';

/** The SQLite store, telling which streams were read. */
class CountingStore extends SqliteEventStore {
  readonly read: string[] = [];

  override readStream(
    streamId: string,
    afterSeq?: number,
    toSeq?: number,
  ): Promise<StoredCommit[]> {
    this.read.push(streamId);
    return super.readStream(streamId, afterSeq, toSeq);
  }
}

const context: CommandContext = {
  actor: 'user:office',
  correlationId: 'c',
  idempotencyKey: null,
  expectedVersion: null,
};

describe('a command that starts its stream', () => {
  let runtime: Runtime;
  let store: CountingStore;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pb-runner-runtime-'));
    runtime = await Runtime.open(loadConfig({ MODE: 'embedded', DATA_DIR: dataDir }));
  });
  afterAll(() => runtime.close());
  beforeEach(() => {
    store = new CountingStore(join(mkdtempSync(join(tmpdir(), 'pb-creation-')), 'events.sqlite'));
  });
  afterEach(() => store.close());

  /** Each run as a process of its own would: no stream remembered. */
  const register = (command: SocietyCommand) =>
    new CommandRunner(store, runtime, new StreamStates(store)).run(
      {
        streamType: 'society',
        id: command.societyId,
        decider: societyDecider,
        command,
        creates: true,
      },
      context,
    );

  const registration: SocietyCommand = {
    type: 'RegisterSociety',
    societyId: '1d0c2c4e-0000-4000-8000-000000000010',
    name: '中国天文学会',
    kind: 'society',
  };

  it('appends at seq 1 without reading the stream', async () => {
    await expect(register(registration)).resolves.toMatchObject({ version: 1, replayed: false });
    expect(store.read).toEqual([]);
  });

  it('answers as the decider does on the stream as read when the stream has commits', async () => {
    await register(registration);
    await expect(register({ ...registration, name: '另一个名字' })).rejects.toBeInstanceOf(
      SocietyAlreadyRegistered,
    );
    expect(store.read).toEqual(['society-1d0c2c4e-0000-4000-8000-000000000010']);
    expect(await store.readStream('society-1d0c2c4e-0000-4000-8000-000000000010')).toHaveLength(1);
  });
});
