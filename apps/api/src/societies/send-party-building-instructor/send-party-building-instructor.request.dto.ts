import { ApiProperty } from '@nestjs/swagger';
import { INSTRUCTOR_NAME_MAX } from '@pb/domain';
import { IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { OptionalUuidField } from '../../http/uuid-field';

export class SendPartyBuildingInstructorRequest {
  @ApiProperty({
    example: '刘洋',
    maxLength: INSTRUCTOR_NAME_MAX,
    description: '党建指导员姓名 (personal data: never logged)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(INSTRUCTOR_NAME_MAX)
  instructorName!: string;

  @OptionalUuidField({ description: '委员: the committee member sent, when the instructor is one' })
  memberId?: string;

  @ApiProperty({ example: '2026-03-01', description: '派驻日期 (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  since!: string;
}
