import { ApiProperty } from '@nestjs/swagger';
import { PARTY_ORGANISATION_FORMS } from '@pb/domain';
import {
  INSPECTION_CASE_STATES,
  InspectionFiguresAnswer,
} from './inspection-progress.response.dto';

const BATCH_STATUSES = ['planned', 'drawn', 'closed'];

class PopulationCriterionAnswer {
  @ApiProperty({
    type: 'array',
    items: { type: 'string', enum: [...PARTY_ORGANISATION_FORMS] },
    nullable: true,
    description: 'The party organisation forms drawn from; null: every registered society',
  })
  partyOrganisationForms!: readonly string[] | null;
}

class PopulationAnswer {
  @ApiProperty({
    type: PopulationCriterionAnswer,
    nullable: true,
    description: 'The criterion as data; null when it was recorded in words',
  })
  criterion!: PopulationCriterionAnswer | null;
  @ApiProperty({ description: 'The criterion as the batch recorded it' }) recorded!: string;
}

class DrawRerunAnswer {
  @ApiProperty({ example: 'docs/inspection-draw.md' }) document!: string;
  @ApiProperty({ example: 'docs/inspection-draw.py' }) script!: string;
  @ApiProperty() usage!: string;
}

class DrawAnswer {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The societies drawn from, in their stated order',
  })
  population!: readonly string[];
  @ApiProperty({ type: 'integer' }) sampleSize!: number;
  @ApiProperty() seed!: string;
  @ApiProperty() algorithm!: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The sample, in drawing order' })
  societyIds!: readonly string[];
  @ApiProperty({ format: 'date-time' }) drawnAt!: string;
  @ApiProperty({ type: DrawRerunAnswer, description: 'How anyone reruns the draw' })
  rerun!: DrawRerunAnswer;
}

class SampledSocietyAnswer extends InspectionFiguresAnswer {
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ enum: ['drawn', 'added'] }) how!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'From 1; null when added' })
  drawOrder!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was added' })
  reason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) addedAt!: string | null;
  @ApiProperty({ enum: INSPECTION_CASE_STATES }) state!: string;
}

class BatchProgressAnswer extends InspectionFiguresAnswer {
  @ApiProperty({ type: 'integer' }) societies!: number;
  @ApiProperty({ type: 'integer' }) visited!: number;
  @ApiProperty({ type: 'integer' }) closed!: number;
}

/** What a batch's list row and its detail share. */
abstract class BatchFields {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026年度督导抽查' }) title!: string;
  @ApiProperty({ type: [String], description: '督导重点' }) focus!: readonly string[];
  @ApiProperty({ type: [String], format: 'uuid' }) inspectorIds!: readonly string[];
  @ApiProperty({ type: 'integer', description: 'The size planned' }) sampleSize!: number;
  @ApiProperty({ enum: BATCH_STATUSES }) status!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: 'integer', description: 'The batch stream version (also the ETag)' })
  version!: number;
}

/** A batch in a list: the plan and how far it has come, without the population. */
export class InspectionBatchSummary extends BatchFields {
  @ApiProperty({ type: 'integer' }) drawn!: number;
  @ApiProperty({ type: 'integer' }) added!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) drawnAt!: string | null;
}

/** A batch: the plan, the draw with all a rerun needs, the sample and its progress. */
export class InspectionBatchAnswer extends BatchFields {
  @ApiProperty({ type: PopulationAnswer }) population!: PopulationAnswer;
  @ApiProperty({ type: DrawAnswer, nullable: true, description: 'null until drawn' })
  draw!: DrawAnswer | null;
  @ApiProperty({ format: 'date', description: 'The day `overdue` is read on' }) today!: string;
  @ApiProperty({
    type: [SampledSocietyAnswer],
    description: 'The drawn societies as drawn, then those added',
  })
  sample!: readonly SampledSocietyAnswer[];
  @ApiProperty({ type: BatchProgressAnswer }) progress!: BatchProgressAnswer;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
