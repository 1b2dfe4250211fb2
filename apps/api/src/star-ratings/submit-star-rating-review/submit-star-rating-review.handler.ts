import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MemberNotFound } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { Facts } from '../../application/facts';
import { StarRatingRunner } from '../star-rating-runner';
import { SubmitStarRatingReviewCommand } from './submit-star-rating-review.command';

@CommandHandler(SubmitStarRatingReviewCommand)
export class SubmitStarRatingReviewHandler implements ICommandHandler<SubmitStarRatingReviewCommand> {
  constructor(
    private readonly ratings: StarRatingRunner,
    private readonly facts: Facts,
  ) {}

  async execute({ payload, context }: SubmitStarRatingReviewCommand): Promise<CommandOutcome> {
    if ((await this.facts.liaisonStatus(payload.reviewerId)) === 'unregistered')
      throw new MemberNotFound(payload.reviewerId);
    const reviewerIsLiaison = await this.facts.liaisesInLaunchedCampaign(
      payload.reviewerId,
      payload.societyId,
    );
    return this.ratings.run(
      payload,
      (rating) => ({ type: 'SubmitStarRatingReview', ...payload, ...rating, reviewerIsLiaison }),
      context,
    );
  }
}
