import { Command } from '@nestjs/cqrs';
import type { WithdrawStars } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';
import type { RatingPayload } from '../star-rating-runner';

/** 摘星: after publication the stars go to 0 from a date on, with a reason. */
export class WithdrawStarsCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: RatingPayload<WithdrawStars>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
