import { ApiProperty } from '@nestjs/swagger';
import { STAR_RATING_ROUND_STATUSES } from '@pb/domain';

class CriterionAnswer {
  @ApiProperty({ example: 'A1' }) code!: string;
  @ApiProperty({ example: '组织建设' }) category!: string;
  @ApiProperty({ example: '党委会每季度至少召开一次' }) description!: string;
  @ApiProperty({ example: 5, description: 'The most points the item gives' }) maxPoints!: number;
}

/** How far a round has come: how many societies have a rating, and at which step. */
export class RoundProgressAnswer {
  @ApiProperty({ type: 'integer', description: 'Societies with a rating in the round' })
  societies!: number;
  @ApiProperty({ type: 'integer', description: '已自评' }) selfAssessed!: number;
  @ApiProperty({ type: 'integer', description: '已初评 (at least one review)' }) reviewed!: number;
  @ApiProperty({ type: 'integer', description: '已审议' }) decided!: number;
}

/** What a round's list row and its detail share. */
abstract class RoundFields {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ example: '2026年度科技社团党建工作星级评定' }) title!: string;
  @ApiProperty({ enum: STAR_RATING_ROUND_STATUSES }) status!: string;
  @ApiProperty({ description: 'What the criteria give at most' }) maximumTotal!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '公布日期' })
  publishedOn!: string | null;
  @ApiProperty({ type: 'integer', description: 'The round stream version (also the ETag)' })
  version!: number;
}

/** A round as its list shows it. */
export class StarRatingRoundSummary extends RoundFields {}

/** A round with its criteria, thresholds, the steps' times and its progress. */
export class StarRatingRoundAnswer extends RoundFields {
  @ApiProperty({ type: [CriterionAnswer], description: '评分细则' })
  criteria!: readonly CriterionAnswer[];
  @ApiProperty({
    type: [Number],
    example: [10, 20, 30, 40, 50, 60, 70, 80],
    description: 'The least total for 1 to 8 stars, the first for 1 star',
  })
  thresholds!: readonly number[];
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The societies whose decisions the publication made their current stars',
  })
  publishedSocietyIds!: readonly string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  reviewStartedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: RoundProgressAnswer }) progress!: RoundProgressAnswer;
}
