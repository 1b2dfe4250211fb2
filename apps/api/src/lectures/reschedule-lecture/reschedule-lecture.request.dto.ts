import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LECTURE_FORMATS, type LectureFormat } from '@pb/domain';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { LECTURE_FORMAT_DOC } from '../lecture-format.doc';

export class RescheduleLectureRequest {
  @ApiProperty({ format: 'date-time', example: '2021-08-17T09:30:00+08:00' })
  @IsISO8601({ strict: true })
  @MaxLength(40)
  scheduledAt!: string;

  @ApiPropertyOptional({ enum: LECTURE_FORMATS, description: LECTURE_FORMAT_DOC })
  @IsOptional()
  @IsIn(LECTURE_FORMATS)
  format?: LectureFormat;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  place?: string;

  @ApiPropertyOptional({ example: '与学会年会时间冲突', maxLength: 500 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}
