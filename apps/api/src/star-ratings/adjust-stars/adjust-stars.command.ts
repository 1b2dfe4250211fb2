import { Command } from '@nestjs/cqrs';
import type { AdjustStars } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';
import type { RatingPayload } from '../star-rating-runner';

/** 动态管理: after publication the stars change from a date on, with a reason. */
export class AdjustStarsCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: RatingPayload<AdjustStars>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
