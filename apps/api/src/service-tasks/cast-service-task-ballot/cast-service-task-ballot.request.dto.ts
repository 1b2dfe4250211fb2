import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { BALLOT_COMMENT_MAX } from '@pb/domain';

export class CastServiceTaskBallotRequest {
  @ApiProperty({ example: 5, minimum: 1, maximum: 5, description: '1 (very unsatisfied) to 5' })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @ApiPropertyOptional({ example: '讲得很实用', maxLength: BALLOT_COMMENT_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(BALLOT_COMMENT_MAX)
  comment?: string;
}
