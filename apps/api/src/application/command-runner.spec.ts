import type { Decider, DomainEvent } from '@pb/domain';
import type { EventStore, NewCommit, StoredCommit } from '@pb/event-store';
import type { Runtime } from '@pb/platform';
import type { CommandContext } from './command-context';
import { CommandRunner, Overloaded } from './command-runner';
import { StreamStates } from './stream-states';

/** A society renamed, whatever asked. */
const renaming: Decider<{ type: 'Rename' }, DomainEvent, null> = {
  initialState: () => null,
  evolve: (state) => state,
  decide: () => [{ type: 'SocietyRenamed', data: { name: '中国化学会' } } as DomainEvent],
};

const context: CommandContext = {
  actor: 'user:office',
  correlationId: 'c',
  idempotencyKey: null,
  expectedVersion: null,
};

describe('CommandRunner', () => {
  it('refuses a command past MAX_COMMANDS_IN_FLIGHT at once, and takes commands again once some answered', async () => {
    const gates: (() => void)[] = [];
    const appended: NewCommit[] = [];
    const store = {
      readStream: async () => [],
      append: async (commit: NewCommit) => {
        await new Promise<void>((resolve) => gates.push(resolve));
        appended.push(commit);
        return { ...commit, id: `${commit.streamId}:1`, hash: 'h' } as StoredCommit;
      },
    } as unknown as EventStore;
    const runtime = {
      config: { http: { maxCommandsInFlight: 2 }, federationId: 'default' },
      metrics: { commandStarted: () => () => undefined },
      committed: () => undefined,
    } as unknown as Runtime;
    const runner = new CommandRunner(store, runtime, new StreamStates(store));
    const run = (id: string) =>
      runner.run(
        { streamType: 'society', id, decider: renaming, command: { type: 'Rename' } },
        context,
      );

    const first = run('a');
    const second = run('b');
    const third = run('c');
    await expect(third).rejects.toBeInstanceOf(Overloaded);
    await expect(third).rejects.toMatchObject({ kind: 'unavailable', code: 'API.OVERLOADED' });
    while (gates.length < 2) await new Promise((resolve) => setImmediate(resolve));
    gates.splice(0).forEach((open) => open());
    await Promise.all([first, second]);
    expect(appended.map((c) => c.streamId)).toEqual(['society-a', 'society-b']);

    const fourth = run('d');
    while (gates.length < 1) await new Promise((resolve) => setImmediate(resolve));
    gates.splice(0).forEach((open) => open());
    await expect(fourth).resolves.toMatchObject({ streamId: 'society-d', version: 1 });
  });
});
