import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { starRatingRoundDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { StartStarRatingReviewCommand } from './start-star-rating-review.command';

@CommandHandler(StartStarRatingReviewCommand)
export class StartStarRatingReviewHandler implements ICommandHandler<StartStarRatingReviewCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: StartStarRatingReviewCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'rating-round',
        id: payload.roundId,
        decider: starRatingRoundDecider,
        command: { type: 'StartStarRatingReview', ...payload },
      },
      context,
    );
  }
}
