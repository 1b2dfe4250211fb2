import { ApiProperty } from '@nestjs/swagger';
import { REASON_MAX } from '@pb/domain';
import { IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RecallPartyBuildingInstructorRequest {
  @ApiProperty({
    example: '2026-09-30',
    description: '召回日期 (YYYY-MM-DD), not before the instructor was sent',
  })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  on!: string;

  @ApiProperty({ example: '学会党委已成立，指导员任务完成', maxLength: REASON_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason!: string;
}
