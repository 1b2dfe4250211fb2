import { randomUUID } from 'node:crypto';
import type { StreamType } from '@pb/contracts';
import type { Decider, DomainEvent } from '@pb/domain';
import { CommandRunner } from '../../apps/api/src/application/command-runner';
import type { Api } from '../../apps/api/src/bootstrap';

/**
 * Runs domain commands through the api's own command runner, straight to the store: the
 * events are enveloped as the api envelopes every event. A command that changes nothing
 * fails, so that a workload cannot miss the event it meant to write.
 */
export function directCommands(api: Api) {
  const runner = api.app.get(CommandRunner, { strict: false });
  return async <C extends { type: string }, E extends DomainEvent, S>(
    streamType: StreamType,
    id: string,
    decider: Decider<C, E, S>,
    command: C,
  ) => {
    const outcome = await runner.run(
      { streamType, id, decider, command },
      { actor: '办公室', correlationId: randomUUID(), idempotencyKey: null, expectedVersion: null },
    );
    if (outcome.events.length === 0) throw new Error(`${command.type} changed nothing`);
  };
}
