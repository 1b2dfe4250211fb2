import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LECTURE_FORMATS, type LectureFormat } from '@pb/domain';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalUuidField, UuidField } from '../../http/uuid-field';
import { LECTURE_FORMAT_DOC } from '../lecture-format.doc';

export class ScheduleLectureRequest {
  @OptionalUuidField()
  id?: string;

  @UuidField()
  campaignId!: string;

  @UuidField()
  societyId!: string;

  @UuidField({ description: "The society's liaison in the campaign, or a lecture expert" })
  lecturerId!: string;

  @ApiProperty({ example: '学习贯彻习近平总书记“七一”重要讲话精神', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  topic!: string;

  @ApiProperty({
    format: 'date-time',
    example: '2021-08-10T09:30:00+08:00',
    description: 'Date and time with a zone',
  })
  @IsISO8601({ strict: true })
  @MaxLength(40)
  scheduledAt!: string;

  @ApiProperty({
    enum: LECTURE_FORMATS,
    example: 'onsite',
    description: LECTURE_FORMAT_DOC,
  })
  @IsIn(LECTURE_FORMATS)
  format!: LectureFormat;

  @ApiPropertyOptional({ example: '天津市科协302会议室', maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  place?: string;
}
