import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_MAX } from '@pb/domain';
import { EvidenceList, EvidenceRequest } from '../files/evidence.request.dto';
import { IsInt, IsISO8601, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

export class ReasonRequest {
  @ApiProperty({ example: '请补充签到表照片', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class DeliveryRequest {
  @ApiProperty({ format: 'date', example: '2021-08-10', description: '宣讲日期' })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  deliveredOn!: string;

  @ApiProperty({ example: 45, description: '党员听众人数' })
  @IsInt()
  @Min(0)
  @Max(1000000)
  partyMemberAudience!: number;

  @ApiProperty({ example: 1000, description: '其他听众人数 (科技工作者等)' })
  @IsInt()
  @Min(0)
  @Max(1000000)
  otherAudience!: number;

  @ApiProperty({
    example: '围绕伟大建党精神开展专题宣讲，1000多名科技工作者线上线下参加。',
    maxLength: 5000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  summary!: string;

  @EvidenceList('佐证材料: photos, the sign-in sheet, each uploaded with POST /files', EVIDENCE_MAX)
  evidence!: EvidenceRequest[];
}
