import { Inject, Injectable } from '@nestjs/common';
import { parseStreamId } from '@pb/contracts';
import {
  inPopulation,
  societyDecider,
  type PopulationCriterion,
  type SocietyState,
} from '@pb/domain';
import { EventStore, scanCommits } from '@pb/event-store';
import { foldCommits } from '../application/stream-states';

/**
 * The society register as the event store holds it at this moment, for a draw. It reads
 * the store itself, not the society views: a view may not yet show a society registered
 * or deregistered a moment ago, and the population a draw records must be exact. That is
 * one scan of every commit, once per batch (a few times a year); on the sizes of one
 * committee (about 50,000 events a year) a matter of seconds at most.
 */
@Injectable()
export class SocietyRegister {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** The ids of the societies the criterion admits, ascending: the stated order of docs/inspection-draw.md. */
  async population(criterion: PopulationCriterion): Promise<string[]> {
    const societies = new Map<string, SocietyState>();
    await scanCommits(
      this.store,
      (commit) => {
        const stream = parseStreamId(commit.streamId);
        if (stream?.type !== 'society') return;
        societies.set(stream.id, foldCommits(societyDecider, [commit], societies.get(stream.id)));
      },
      () => societies.size,
    );
    return [...societies]
      .filter(([, society]) => inPopulation(criterion, society))
      .map(([societyId]) => societyId)
      .sort();
  }
}
