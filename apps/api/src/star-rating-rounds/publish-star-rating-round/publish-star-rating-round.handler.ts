import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { starRatingRoundDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { Facts } from '../../application/facts';
import { occurredOn } from '../../application/occurred-on';
import { PublishStarRatingRoundCommand } from './publish-star-rating-round.command';

@CommandHandler(PublishStarRatingRoundCommand)
export class PublishStarRatingRoundHandler implements ICommandHandler<PublishStarRatingRoundCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
  ) {}

  async execute({ payload, context }: PublishStarRatingRoundCommand): Promise<CommandOutcome> {
    const societyIds = await this.facts.decidedSocieties(payload.roundId);
    return this.runner.run(
      {
        streamType: 'rating-round',
        id: payload.roundId,
        decider: starRatingRoundDecider,
        command: { type: 'PublishStarRatingRound', ...payload, societyIds },
        // The decisions become current on the day the committee published them.
        occurredAt: occurredOn(payload.publishedOn),
      },
      context,
    );
  }
}
