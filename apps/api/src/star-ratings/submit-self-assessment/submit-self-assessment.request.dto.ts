import { ApiPropertyOptional } from '@nestjs/swagger';
import { EVIDENCE_MAX } from '@pb/domain';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { EvidenceList, EvidenceRequest } from '../../files/evidence.request.dto';
import { NOTE_MAX, ScoreDto, ScoreSheet } from '../star-rating.request.dto';

export class SelfAssessedItemDto extends ScoreDto {
  @ApiPropertyOptional({ example: '2024年11月完成换届，委员7人', maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NOTE_MAX)
  note?: string;

  @IsOptional()
  @EvidenceList('佐证材料: files uploaded with POST /files', EVIDENCE_MAX)
  evidence?: EvidenceRequest[];
}

export class SubmitSelfAssessmentRequest {
  @ScoreSheet(SelfAssessedItemDto, '每项评分细则的自评得分 (every item of the round scored once)')
  items!: SelfAssessedItemDto[];
}
