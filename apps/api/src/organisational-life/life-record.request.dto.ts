import { ApiProperty } from '@nestjs/swagger';
import {
  LIFE_ATTENDANCE_MAX,
  LIFE_EVIDENCE_MAX,
  LIFE_HOST_MAX,
  ORGANISATIONAL_LIFE_KINDS,
  TITLE_MAX,
  type OrganisationalLifeKind,
} from '@pb/domain';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { EvidenceList, EvidenceRequest } from '../files/evidence.request.dto';

/** What a record says of one meeting: recorded once, then given whole again by a correction. */
export class LifeRecordRequest {
  @ApiProperty({
    enum: ORGANISATIONAL_LIFE_KINDS,
    example: 'party-lecture',
    description:
      '党员大会 member-assembly, 支委会 (党委会) committee-meeting, 党小组会 group-meeting, 党课 party-lecture, 主题党日 theme-day',
  })
  @IsIn(ORGANISATIONAL_LIFE_KINDS)
  kind!: OrganisationalLifeKind;

  @ApiProperty({
    example: '2026-04-15',
    description: '召开日期 (YYYY-MM-DD), not after today in the federation’s time zone',
  })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  heldOn!: string;

  @ApiProperty({
    example: '学习贯彻党的二十大精神专题党课',
    maxLength: TITLE_MAX,
    description: '主题',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX)
  topic!: string;

  @ApiProperty({
    example: '张明',
    maxLength: LIFE_HOST_MAX,
    description: '主持人 (personal data: never logged)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIFE_HOST_MAX)
  host!: string;

  @ApiProperty({ example: 18, minimum: 0, maximum: LIFE_ATTENDANCE_MAX, description: '实到人数' })
  @IsInt()
  @Min(0)
  @Max(LIFE_ATTENDANCE_MAX)
  present!: number;

  @ApiProperty({ example: 20, minimum: 1, maximum: LIFE_ATTENDANCE_MAX, description: '应到人数' })
  @IsInt()
  @Min(1)
  @Max(LIFE_ATTENDANCE_MAX)
  expected!: number;

  @IsOptional()
  @EvidenceList(
    '佐证材料: the minutes, sign-in sheet, photos, each uploaded with POST /files; none when left out',
    LIFE_EVIDENCE_MAX,
  )
  evidence?: EvidenceRequest[];
}
