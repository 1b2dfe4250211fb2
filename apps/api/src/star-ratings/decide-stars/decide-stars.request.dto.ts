import { ApiPropertyOptional } from '@nestjs/swagger';
import { REASON_MAX } from '@pb/domain';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { STARS } from '../star-rating.request.dto';

export class DecideStarsRequest {
  @ApiPropertyOptional({
    example: 5,
    ...STARS,
    description: 'Without it, the stars the thresholds give for the reviewed total',
  })
  @IsOptional()
  @IsInt()
  @Min(STARS.minimum)
  @Max(STARS.maximum)
  stars?: number;

  @ApiPropertyOptional({
    example: '该学会党组织在抗疫科普中作用突出，经审议提升一星',
    maxLength: REASON_MAX,
    description: 'Required when the stars differ from what the thresholds give',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason?: string;
}
