import { Command } from '@nestjs/cqrs';
import type { SubmitStarRatingReview } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';
import type { RatingPayload } from '../star-rating-runner';

/** 初评: a committee member scores every item; the handler looks up whether they are the society's liaison. */
export class SubmitStarRatingReviewCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<RatingPayload<SubmitStarRatingReview>, 'reviewerIsLiaison'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
