import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { StarRatingRunner } from '../star-rating-runner';
import { WithdrawStarsCommand } from './withdraw-stars.command';

@CommandHandler(WithdrawStarsCommand)
export class WithdrawStarsHandler implements ICommandHandler<WithdrawStarsCommand> {
  constructor(private readonly ratings: StarRatingRunner) {}

  execute({ payload, context }: WithdrawStarsCommand): Promise<CommandOutcome> {
    return this.ratings.run(
      payload,
      (rating) => ({ type: 'WithdrawStars', ...payload, ...rating }),
      context,
    );
  }
}
