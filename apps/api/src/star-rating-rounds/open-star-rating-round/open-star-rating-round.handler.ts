import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { starRatingRoundDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { OpenStarRatingRoundCommand } from './open-star-rating-round.command';

@CommandHandler(OpenStarRatingRoundCommand)
export class OpenStarRatingRoundHandler implements ICommandHandler<OpenStarRatingRoundCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: OpenStarRatingRoundCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'rating-round',
        id: payload.roundId,
        decider: starRatingRoundDecider,
        command: { type: 'OpenStarRatingRound', ...payload },
      },
      context,
    );
  }
}
