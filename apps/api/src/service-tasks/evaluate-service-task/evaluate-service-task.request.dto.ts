import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class EvaluateServiceTaskRequest {
  @ApiProperty({
    example: 5,
    minimum: 1,
    maximum: 5,
    description: '群众评价: below 3 is unsatisfied and reopens the task',
  })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @ApiProperty({ example: 120, description: '参与评价人数' })
  @IsInt()
  @Min(1)
  @Max(10000000)
  raters!: number;

  @ApiPropertyOptional({ example: '图书很受学生欢迎', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;
}
