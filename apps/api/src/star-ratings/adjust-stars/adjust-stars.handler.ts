import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { StarRatingRunner } from '../star-rating-runner';
import { AdjustStarsCommand } from './adjust-stars.command';

@CommandHandler(AdjustStarsCommand)
export class AdjustStarsHandler implements ICommandHandler<AdjustStarsCommand> {
  constructor(private readonly ratings: StarRatingRunner) {}

  execute({ payload, context }: AdjustStarsCommand): Promise<CommandOutcome> {
    return this.ratings.run(
      payload,
      (rating) => ({ type: 'AdjustStars', ...payload, ...rating }),
      context,
    );
  }
}
