import { Command } from '@nestjs/cqrs';
import type { StartStarRatingReview } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 开始初评: self-assessment ends, reviews and decisions begin. */
export class StartStarRatingReviewCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<StartStarRatingReview, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
