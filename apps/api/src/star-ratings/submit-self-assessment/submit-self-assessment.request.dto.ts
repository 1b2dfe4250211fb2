import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import {
  EVIDENCE_MAX,
  EVIDENCE_REF_MAX,
  NOTE_MAX,
  ScoreDto,
  ScoreSheet,
} from '../star-rating.request.dto';

export class SelfAssessedItemDto extends ScoreDto {
  @ApiPropertyOptional({ example: '2024年11月完成换届，委员7人', maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NOTE_MAX)
  note?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['files/换届批复.pdf'],
    maxItems: EVIDENCE_MAX,
    description: '佐证材料: files or links kept elsewhere',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVIDENCE_MAX)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(EVIDENCE_REF_MAX, { each: true })
  evidence?: string[];
}

export class SubmitSelfAssessmentRequest {
  @ScoreSheet(SelfAssessedItemDto, '每项评分细则的自评得分 (every item of the round scored once)')
  items!: SelfAssessedItemDto[];
}
