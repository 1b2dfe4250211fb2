import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { starRatingRoundDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { AmendStarRatingRoundCommand } from './amend-star-rating-round.command';

@CommandHandler(AmendStarRatingRoundCommand)
export class AmendStarRatingRoundHandler implements ICommandHandler<AmendStarRatingRoundCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: AmendStarRatingRoundCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'rating-round',
        id: payload.roundId,
        decider: starRatingRoundDecider,
        command: { type: 'AmendStarRatingRound', ...payload },
      },
      context,
    );
  }
}
