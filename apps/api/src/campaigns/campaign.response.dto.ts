import { ApiProperty } from '@nestjs/swagger';

class CampaignTargetsAnswer {
  @ApiProperty({ type: 'integer', example: 1, description: '每个学会至少宣讲场次' })
  lecturesPerSociety!: number;
  @ApiProperty({ type: 'integer', example: 2, description: '每个学会至少办实事项数' })
  serviceTasksPerSociety!: number;
}

/** What a campaign's list row and its detail share. */
abstract class CampaignFields {
  @ApiProperty({ example: '学习贯彻习近平总书记“七一”重要讲话精神' }) title!: string;
  @ApiProperty({ enum: ['draft', 'launched', 'closed'] }) status!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2021-07-19' })
  startsOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2021-12-31' })
  endsOn!: string | null;
  @ApiProperty({ type: CampaignTargetsAnswer, nullable: true })
  targets!: CampaignTargetsAnswer | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  launchedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: 'integer', description: 'The campaign stream version (also the ETag)' })
  version!: number;
}

/** A campaign as the list shows it. */
export class CampaignSummaryAnswer extends CampaignFields {
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
}

class AssignmentAnswer {
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ format: 'uuid', description: '联系委员' }) liaisonId!: string;
  @ApiProperty({ format: 'date-time' }) assignedAt!: string;
  @ApiProperty({ type: 'integer', description: 'How often the liaison changed' }) moves!: number;
}

/** A campaign with its current assignment table. */
export class CampaignAnswer extends CampaignFields {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '中共天津市科协科技社团委员会',
    description: '发文单位; null when not recorded',
  })
  issuedBy!: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    example: '2021-07-12',
    description: '发文日期; null when not recorded',
  })
  issuedOn!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '科协党发〔2021〕12号',
    description: '文号; null when not recorded',
  })
  documentNumber!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: [AssignmentAnswer], description: 'The societies assigned now' })
  assignments!: readonly AssignmentAnswer[];
}
