import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { StarRatingRunner } from '../star-rating-runner';
import { DecideStarsCommand } from './decide-stars.command';

@CommandHandler(DecideStarsCommand)
export class DecideStarsHandler implements ICommandHandler<DecideStarsCommand> {
  constructor(private readonly ratings: StarRatingRunner) {}

  execute({ payload, context }: DecideStarsCommand): Promise<CommandOutcome> {
    return this.ratings.run(
      payload,
      (rating) => ({ type: 'DecideStars', ...payload, ...rating }),
      context,
    );
  }
}
