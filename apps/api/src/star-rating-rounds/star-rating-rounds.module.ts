import { Module } from '@nestjs/common';
import { AmendStarRatingRoundHandler } from './amend-star-rating-round/amend-star-rating-round.handler';
import { CloseStarRatingRoundHandler } from './close-star-rating-round/close-star-rating-round.handler';
import { DraftStarRatingRoundHandler } from './draft-star-rating-round/draft-star-rating-round.handler';
import { OpenStarRatingRoundHandler } from './open-star-rating-round/open-star-rating-round.handler';
import { PublishStarRatingRoundHandler } from './publish-star-rating-round/publish-star-rating-round.handler';
import { StartStarRatingReviewHandler } from './start-star-rating-review/start-star-rating-review.handler';
import { StarRatingRoundReads } from './star-rating-round.reads';
import { StarRatingRoundsController } from './star-rating-rounds.controller';

@Module({
  controllers: [StarRatingRoundsController],
  providers: [
    StarRatingRoundReads,
    DraftStarRatingRoundHandler,
    AmendStarRatingRoundHandler,
    OpenStarRatingRoundHandler,
    StartStarRatingReviewHandler,
    PublishStarRatingRoundHandler,
    CloseStarRatingRoundHandler,
  ],
  exports: [StarRatingRoundReads],
})
export class StarRatingRoundsModule {}
