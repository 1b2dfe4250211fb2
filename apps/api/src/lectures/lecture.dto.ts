import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LECTURE_FORMATS, type LectureFormat } from '@pb/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class ScheduleLectureRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  campaignId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  societyId!: string;

  @ApiProperty({
    format: 'uuid',
    description: "The society's liaison in the campaign, or a lecture expert",
  })
  @IsUUID()
  lecturerId!: string;

  @ApiProperty({ example: '学习贯彻习近平总书记“七一”重要讲话精神', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  topic!: string;

  @ApiProperty({ example: '2021-08-10T09:30:00+08:00', description: 'Date and time with a zone' })
  @IsISO8601({ strict: true })
  @MaxLength(40)
  scheduledAt!: string;

  @ApiProperty({
    enum: LECTURE_FORMATS,
    example: 'onsite',
    description: 'onsite 现场, online 线上',
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

export class RescheduleLectureRequest {
  @ApiProperty({ example: '2021-08-17T09:30:00+08:00' })
  @IsISO8601({ strict: true })
  @MaxLength(40)
  scheduledAt!: string;

  @ApiPropertyOptional({ enum: LECTURE_FORMATS })
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

export class ReasonRequest {
  @ApiProperty({ example: '请补充签到表照片', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class DeliveryRequest {
  @ApiProperty({ example: '2021-08-10', description: '宣讲日期' })
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

  @ApiProperty({
    type: [String],
    example: ['photos/2021-08-10-1.jpg', 'sign-in/2021-08-10.pdf'],
    description: '佐证材料: photos, sign-in sheet',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  evidence!: string[];
}
