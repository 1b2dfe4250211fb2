import { EvidenceAnswer } from '../files/evidence.answer.dto';
import { ApiProperty } from '@nestjs/swagger';

class ScoredItemAnswer {
  @ApiProperty({ example: 'A1', description: 'The criterion item' }) code!: string;
  @ApiProperty({ example: '组织建设', description: 'Its category, as the round lists it' })
  category!: string;
  @ApiProperty({ example: 4 }) points!: number;
}

class SelfAssessedItemAnswer extends ScoredItemAnswer {
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: [EvidenceAnswer], description: '佐证材料' })
  evidence!: readonly EvidenceAnswer[];
}

class SelfAssessmentAnswer {
  @ApiProperty({ description: 'Who submitted it' }) authorId!: string;
  @ApiProperty({ type: [SelfAssessedItemAnswer] }) items!: readonly SelfAssessedItemAnswer[];
  @ApiProperty() total!: number;
}

class SubmissionAnswer {
  @ApiProperty() authorId!: string;
  @ApiProperty() total!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

class ReviewAnswer {
  @ApiProperty({ format: 'uuid', description: 'The member who reviewed (初评)' })
  reviewerId!: string;
  @ApiProperty({ type: [ScoredItemAnswer] }) items!: readonly ScoredItemAnswer[];
  @ApiProperty() total!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
}

class DecisionAnswer {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 8, description: '审议 stars' })
  stars!: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'What the thresholds gave; null when self-assessed but not reviewed',
  })
  defaultStars!: number | null;
  @ApiProperty({ type: Number, nullable: true }) reviewedTotal!: number | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

class CategoryTotalsAnswer {
  @ApiProperty() total!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { 组织建设: 18, 思想政治引领: 22 },
    description: 'The total of each criterion category, by its name',
  })
  byCategory!: Readonly<Record<string, number>>;
}

class TotalsAnswer {
  @ApiProperty({ type: CategoryTotalsAnswer, nullable: true, description: '自评' })
  self!: CategoryTotalsAnswer | null;
  @ApiProperty({
    type: CategoryTotalsAnswer,
    nullable: true,
    description: "The mean of the reviewers' totals, category by category",
  })
  reviewed!: CategoryTotalsAnswer | null;
  @ApiProperty({
    type: CategoryTotalsAnswer,
    nullable: true,
    description: 'The reviewed totals the decision was taken on',
  })
  decided!: CategoryTotalsAnswer | null;
}

class StarChangeAnswer {
  @ApiProperty({ enum: ['withdrawn', 'adjusted'], description: '摘星 or 动态调整' })
  kind!: string;
  @ApiProperty({ type: 'integer' }) stars!: number;
  @ApiProperty({ type: 'integer' }) previousStars!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date' }) effectiveOn!: string;
}

class StarsInRoundAnswer {
  @ApiProperty({ format: 'date', description: 'The day the stars are read on' }) on!: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The stars from this round on that day; null before publication',
  })
  stars!: number | null;
}

class CurrentStarsAnswer extends StarsInRoundAnswer {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The round the stars come from; null when none decided the society',
  })
  roundId!: string | null;
}

/** A society's rating in a round as its list shows it. */
export class StarRatingSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '中国化学会',
    description:
      '学会名称, so that a reviewer can tell the societies apart; null when the register does not know it',
  })
  societyName!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: '自评总分' })
  selfTotal!: number | null;
  @ApiProperty({ type: 'integer' }) reviewCount!: number;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The committee members who reviewed it (初评), so that each sees whether they did',
  })
  reviewerIds!: readonly string[];
  @ApiProperty({ type: Number, nullable: true, description: '初评平均总分' })
  reviewedTotal!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: '审议星级' })
  decidedStars!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'What the thresholds gave' })
  defaultStars!: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The decided stars after every withdrawal and adjustment',
  })
  starsAfterChanges!: number | null;
  @ApiProperty({ type: 'integer', description: 'Withdrawals and adjustments' }) changes!: number;
  @ApiProperty({ type: 'integer', description: 'The rating stream version' }) version!: number;
}

/** A society's rating in a round: every submission, the reviews, the decision and its changes. */
export class StarRatingAnswer {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({
    type: SelfAssessmentAnswer,
    nullable: true,
    description: 'The last submission: the one that counts',
  })
  selfAssessment!: SelfAssessmentAnswer | null;
  @ApiProperty({ type: [SubmissionAnswer], description: 'Every submission, oldest first' })
  submissions!: readonly SubmissionAnswer[];
  @ApiProperty({ type: [ReviewAnswer] }) reviews!: readonly ReviewAnswer[];
  @ApiProperty({ type: DecisionAnswer, nullable: true }) decision!: DecisionAnswer | null;
  @ApiProperty({ type: TotalsAnswer }) totals!: TotalsAnswer;
  @ApiProperty({ type: [StarChangeAnswer], description: 'In order of effect' })
  changes!: readonly StarChangeAnswer[];
  @ApiProperty({ type: StarsInRoundAnswer }) starsInRound!: StarsInRoundAnswer;
  @ApiProperty({
    type: CurrentStarsAnswer,
    description: "The society's current stars on that day, from whichever round",
  })
  currentStars!: CurrentStarsAnswer;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  selfAssessedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: 'integer', description: 'The rating stream version (also the ETag)' })
  version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
