import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { starRatingRoundDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { CloseStarRatingRoundCommand } from './close-star-rating-round.command';

@CommandHandler(CloseStarRatingRoundCommand)
export class CloseStarRatingRoundHandler implements ICommandHandler<CloseStarRatingRoundCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: CloseStarRatingRoundCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'rating-round',
        id: payload.roundId,
        decider: starRatingRoundDecider,
        command: { type: 'CloseStarRatingRound', ...payload },
      },
      context,
    );
  }
}
