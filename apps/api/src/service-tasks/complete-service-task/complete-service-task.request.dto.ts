import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

export class CompleteServiceTaskRequest {
  @ApiProperty({ example: '向兰县学校捐赠科普图书6084册', maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  outcome!: string;

  @ApiProperty({ example: 3200, description: '受益人数' })
  @IsInt()
  @Min(0)
  @Max(100000000)
  beneficiaries!: number;

  @ApiProperty({ format: 'date', example: '2021-10-20' })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  completedOn!: string;
}
