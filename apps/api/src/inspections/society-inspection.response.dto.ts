import { EvidenceAnswer } from '../files/evidence.answer.dto';
import { ApiProperty } from '@nestjs/swagger';
import { FINDING_SEVERITIES } from '@pb/domain';
import {
  INSPECTION_CASE_STATES,
  InspectionFiguresAnswer,
} from './inspection-progress.response.dto';

class VisitAnswer {
  @ApiProperty({ format: 'date' }) visitedOn!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) inspectorIds!: readonly string[];
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

class ItemReportAnswer {
  @ApiProperty() note!: string;
  @ApiProperty({ type: [EvidenceAnswer], description: '佐证材料' })
  evidence!: readonly EvidenceAnswer[];
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class ItemReturnAnswer {
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'uuid' }) inspectorId!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class RectificationItemAnswer {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ format: 'uuid' }) findingId!: string;
  @ApiProperty({ description: 'What the society has to do' }) action!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: ['open', 'reported', 'returned', 'accepted'] }) status!: string;
  @ApiProperty({ type: [ItemReportAnswer], description: 'Reports of the society, oldest first' })
  reports!: readonly ItemReportAnswer[];
  @ApiProperty({ type: [ItemReturnAnswer], description: 'Returns by an inspector, oldest first' })
  returns!: readonly ItemReturnAnswer[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '销号 by' })
  acceptedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acceptedAt!: string | null;
  @ApiProperty({ description: 'Not accepted by its due date, as of `today`' }) overdue!: boolean;
}

class FindingAnswer {
  @ApiProperty({ format: 'uuid' }) findingId!: string;
  @ApiProperty() category!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: FINDING_SEVERITIES }) severity!: string;
  @ApiProperty({ type: [RectificationItemAnswer] }) items!: readonly RectificationItemAnswer[];
}

/** A sampled society's inspection: visits, findings with their items, and its figures. */
export class SocietyInspectionAnswer {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null until the first visit',
  })
  id!: string | null;
  @ApiProperty({ format: 'uuid' }) batchId!: string;
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ format: 'date', description: 'The day `overdue` is read on' }) today!: string;
  @ApiProperty({ enum: INSPECTION_CASE_STATES }) state!: string;
  @ApiProperty({ type: InspectionFiguresAnswer }) progress!: InspectionFiguresAnswer;
  @ApiProperty({ type: [VisitAnswer] }) visits!: readonly VisitAnswer[];
  @ApiProperty({ type: [FindingAnswer] }) findings!: readonly FindingAnswer[];
  @ApiProperty({ type: [RectificationItemAnswer], description: 'Every item of every finding' })
  items!: readonly RectificationItemAnswer[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: 'integer', description: 'The inspection stream version (also the ETag)' })
  version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) createdAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
}
