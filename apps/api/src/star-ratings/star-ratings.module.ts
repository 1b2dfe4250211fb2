import { Module } from '@nestjs/common';
import { AdjustStarsHandler } from './adjust-stars/adjust-stars.handler';
import { DecideStarsHandler } from './decide-stars/decide-stars.handler';
import { StarRatingReads } from './star-rating.reads';
import { StarRatingRunner } from './star-rating-runner';
import { StarRatingsController } from './star-ratings.controller';
import { SubmitSelfAssessmentHandler } from './submit-self-assessment/submit-self-assessment.handler';
import { SubmitStarRatingReviewHandler } from './submit-star-rating-review/submit-star-rating-review.handler';
import { WithdrawStarsHandler } from './withdraw-stars/withdraw-stars.handler';

@Module({
  controllers: [StarRatingsController],
  providers: [
    StarRatingRunner,
    StarRatingReads,
    SubmitSelfAssessmentHandler,
    SubmitStarRatingReviewHandler,
    DecideStarsHandler,
    WithdrawStarsHandler,
    AdjustStarsHandler,
  ],
})
export class StarRatingsModule {}
