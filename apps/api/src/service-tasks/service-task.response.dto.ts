import { ApiProperty } from '@nestjs/swagger';
import { BENEFICIARY_GROUPS, URGENCIES } from '@pb/domain';

class ProgressAnswer {
  @ApiProperty() note!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class EvaluationAnswer {
  @ApiProperty({
    type: 'number',
    minimum: 1,
    maximum: 5,
    description: 'whole when reported; the mean of the ballots to two decimals',
  })
  rating!: number;
  @ApiProperty({ type: 'integer', description: 'as reported, or the number of ballots' })
  raters!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ description: 'false reopened the task' }) satisfied!: boolean;
  @ApiProperty({ enum: ['reported', 'ballots'] }) method!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** The latest people's rating: while open, how many rated but not how. */
class RatingAnswer {
  @ApiProperty({ enum: ['open', 'closed'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
  @ApiProperty({ type: 'integer', description: 'one-time codes handed out' }) codes!: number;
  @ApiProperty({ type: 'integer' }) ballots!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'closed by the service at its deadline; null while open',
  })
  atDeadline!: boolean | null;
}

/** A service task (办实事) as its view holds it. */
export class ServiceTaskAnswer {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) campaignId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() need!: string;
  @ApiProperty() raisedBy!: string;
  @ApiProperty({ enum: BENEFICIARY_GROUPS }) beneficiary!: string;
  @ApiProperty({ enum: ['proposed', 'in-progress', 'completed', 'evaluated', 'cancelled'] })
  status!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn!: string | null;
  @ApiProperty({ type: String, enum: URGENCIES, nullable: true }) urgency!: string | null;
  @ApiProperty({ type: [ProgressAnswer] }) progress!: readonly ProgressAnswer[];
  @ApiProperty({ type: String, nullable: true }) outcome!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) beneficiaries!: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) completedOn!: string | null;
  @ApiProperty({ type: [EvaluationAnswer] }) evaluations!: readonly EvaluationAnswer[];
  @ApiProperty({ type: RatingAnswer, nullable: true }) rating!: RatingAnswer | null;
  @ApiProperty() escalated!: boolean;
  @ApiProperty({ type: String, nullable: true }) escalationReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ type: 'integer', description: 'The task stream version (also the ETag)' })
  version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
