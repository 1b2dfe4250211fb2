import { ApiProperty } from '@nestjs/swagger';
import { FINDING_SEVERITIES, type FindingSeverity } from '@pb/domain';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { OptionalUuidField } from '../../http/uuid-field';

export class RecordFindingRequest {
  @OptionalUuidField({
    description: "The finding's id, to name it in its rectification items; made when absent",
  })
  id?: string;

  @ApiProperty({ example: '党委工作和议事制度', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  category!: string;

  @ApiProperty({ example: '2025年党委会议记录缺少议题和表决情况', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description!: string;

  @ApiProperty({ enum: FINDING_SEVERITIES, example: 'major' })
  @IsIn(FINDING_SEVERITIES)
  severity!: FindingSeverity;
}
