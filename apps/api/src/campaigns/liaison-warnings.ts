import { Inject, Injectable } from '@nestjs/common';
import { campaignDecider, liaisonWarnings } from '@pb/domain';
import { EventStore } from '@pb/event-store';
import type { CommandOutcome } from '../application/command-context';
import { foldCommits, StreamStates } from '../application/stream-states';

/**
 * Adds to the answer of an assignment change the liaisons it leaves outside their
 * target of 8 to 10 societies: a warning, not a refusal. Read from the commit the answer
 * names, so a retry under the same Idempotency-Key repeats the first answer's warnings.
 */
@Injectable()
export class LiaisonWarnings {
  constructor(
    private readonly states: StreamStates,
    @Inject(EventStore) private readonly store: EventStore,
  ) {}

  /**
   * `named` is the liaison the command names: what a change that wrote nothing (the
   * society already theirs) touched, the stream's last commit being another command's.
   */
  async added(outcome: CommandOutcome, named?: string): Promise<CommandOutcome> {
    const touched =
      outcome.events.length === 0
        ? named === undefined
          ? []
          : [named]
        : await this.touchedBy(outcome.streamId, outcome.version);
    const state = await this.stateAt(outcome.streamId, outcome.version);
    return { ...outcome, warnings: liaisonWarnings(state, touched) };
  }

  /** The campaign as of that version: another change may have followed this one. */
  private async stateAt(streamId: string, version: number) {
    const loaded = await this.states.load(streamId, campaignDecider);
    if (loaded.version === version) return loaded.state;
    return foldCommits(campaignDecider, await this.store.readStream(streamId, 0, version));
  }

  /** The liaisons the commit at that version gave a society or took one from. */
  private async touchedBy(streamId: string, version: number): Promise<string[]> {
    const [commit] = await this.store.readStream(streamId, version - 1, version);
    return (commit?.events ?? [])
      .map((e) => e.data as { liaisonId?: string; previousLiaisonId?: string })
      .flatMap((d) => [d.liaisonId, d.previousLiaisonId])
      .filter((id): id is string => typeof id === 'string');
  }
}
