import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

export class RecordInspectionVisitRequest {
  @ApiProperty({ format: 'date', example: '2026-04-15', description: '走访日期' })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  visitedOn!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The inspectors who visited, each an inspector of the batch; 1 to 20',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  inspectorIds!: string[];

  @ApiPropertyOptional({ example: '听取学会党委工作汇报，查阅党委会议记录', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string;
}
