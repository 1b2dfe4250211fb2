import { EvidenceAnswer } from '../files/evidence.answer.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATIONAL_LIFE_KINDS } from '@pb/domain';

class LifeRecordFields {
  @ApiProperty({ enum: ORGANISATIONAL_LIFE_KINDS, example: 'theme-day' }) kind!: string;
  @ApiProperty({ example: '2026-07-01' }) heldOn!: string;
  @ApiProperty({ example: '七一主题党日：重温入党誓词' }) topic!: string;
  @ApiProperty({ example: '王芳', description: '主持人 (personal data)' }) host!: string;
  @ApiProperty({ example: 12 }) present!: number;
  @ApiProperty({ example: 14 }) expected!: number;
  @ApiProperty({ type: [EvidenceAnswer], description: '佐证材料' })
  evidence!: readonly EvidenceAnswer[];
}

class LifeRecordChangeResponse {
  @ApiProperty({ enum: ['recorded', 'corrected', 'withdrawn'] }) change!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '日期记错' })
  reason!: string | null;
  @ApiProperty({ example: '2026-07-02T01:00:00.000Z' }) at!: string;
  @ApiPropertyOptional({
    type: LifeRecordFields,
    nullable: true,
    description: 'What a correction replaced',
  })
  before!: LifeRecordFields | null;
}

export class LifeRecordResponse extends LifeRecordFields {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) recordId!: string;
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 3, minimum: 1, maximum: 4 }) quarter!: number;
  @ApiProperty({ enum: ['recorded', 'corrected', 'withdrawn'] }) status!: string;
  @ApiProperty({ description: 'Withdrawn records count for nothing' }) withdrawn!: boolean;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '重复录入',
    description: 'Of the last change',
  })
  reason!: string | null;
  @ApiProperty({ example: 1 }) corrections!: number;
  @ApiProperty({ type: [LifeRecordChangeResponse] }) history!: LifeRecordChangeResponse[];
  @ApiProperty({ description: 'The record stream version (also the ETag)' }) version!: number;
  @ApiProperty() recordedAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class LifeRecordPage {
  @ApiProperty({ type: [LifeRecordResponse] }) items!: LifeRecordResponse[];
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page',
  })
  next!: string | null;
}

class TableAnswer {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ description: 'No table was set for the year: the default is in force' })
  isDefault!: boolean;
  @ApiProperty({ description: 'The table stream version; 0 for the default' }) version!: number;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  setAt!: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  updatedAt!: string | null;
}

class LifeRequirementResponse {
  @ApiProperty({ enum: ORGANISATIONAL_LIFE_KINDS, example: 'committee-meeting' }) kind!: string;
  @ApiProperty({ enum: ['month', 'quarter'], example: 'month' }) per!: string;
  @ApiProperty({ example: 1 }) count!: number;
}

export class LifeRequirementsResponse extends TableAnswer {
  @ApiProperty({
    description: '三会一课 by organisation form: committee, general-branch, branch, joint-branch',
    additionalProperties: {
      type: 'array',
      items: { $ref: '#/components/schemas/LifeRequirementResponse' },
    },
    example: { branch: [{ kind: 'committee-meeting', per: 'month', count: 1 }] },
  })
  requirements!: Record<string, LifeRequirementResponse[]>;
  @ApiProperty({ example: 10, description: '红榜 size' }) redListSize!: number;
  @ApiProperty({ example: 10, description: '黑榜 size' }) blackListSize!: number;
}

class VitalityWeightsFields {
  @ApiProperty({ example: 30, description: '组织生活完成度' }) lifeCompleteness!: number;
  @ApiProperty({ example: 10, description: '参会率' }) attendance!: number;
  @ApiProperty({ example: 15, description: '宣讲' }) lectures!: number;
  @ApiProperty({ example: 20, description: '服务项目' }) serviceTasks!: number;
  @ApiProperty({ example: 10, description: '整改' }) rectifications!: number;
  @ApiProperty({ example: 15, description: '星级' }) stars!: number;
}

export class VitalityWeightsResponse extends TableAnswer {
  @ApiProperty({ type: VitalityWeightsFields }) weights!: VitalityWeightsFields;
}

/** Named so that the requirements' map can refer to it. */
export const LIFE_REQUIREMENTS_SCHEMAS = [LifeRequirementResponse];
