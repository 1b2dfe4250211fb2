import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { starRatingRoundDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { DraftStarRatingRoundCommand } from './draft-star-rating-round.command';

@CommandHandler(DraftStarRatingRoundCommand)
export class DraftStarRatingRoundHandler implements ICommandHandler<DraftStarRatingRoundCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: DraftStarRatingRoundCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'rating-round',
        id: payload.roundId,
        decider: starRatingRoundDecider,
        command: { type: 'DraftStarRatingRound', ...payload },
      },
      context,
    );
  }
}
