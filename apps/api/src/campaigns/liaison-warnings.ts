import { Inject, Injectable } from '@nestjs/common';
import { campaignDecider, liaisonWarnings } from '@pb/domain';
import { EventStore } from '@pb/event-store';
import type { CommandOutcome } from '../application/command-context';
import { foldCommits, StreamStates } from '../application/stream-states';

/**
 * Adds to the answer of an assignment change the liaisons it leaves outside their
 * target of 8 to 10 societies: a warning, not a refusal.
 */
@Injectable()
export class LiaisonWarnings {
  constructor(
    private readonly states: StreamStates,
    @Inject(EventStore) private readonly store: EventStore,
  ) {}

  async added(outcome: CommandOutcome): Promise<CommandOutcome> {
    return { ...outcome, warnings: await this.of(outcome.streamId, outcome.version) };
  }

  /** The warnings of the liaisons the change touched, as of that version. */
  private async of(streamId: string, version: number) {
    const loaded = await this.states.load(streamId, campaignDecider);
    // Another change may have followed this one: then fold the stream up to this version.
    const state =
      loaded.version === version
        ? loaded.state
        : foldCommits(campaignDecider, await this.store.readStream(streamId, 0, version));
    const [last] = await this.store.readStream(streamId, version - 1, version);
    const touched = (last?.events ?? [])
      .map((e) => e.data as { liaisonId?: string; previousLiaisonId?: string })
      .flatMap((d) => [d.liaisonId, d.previousLiaisonId])
      .filter((id): id is string => typeof id === 'string');
    return liaisonWarnings(state, touched);
  }
}
