import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { RATING_CODES_MAX } from '@pb/domain';

export class OpenServiceTaskRatingRequest {
  @ApiProperty({
    example: 40,
    minimum: 1,
    maximum: RATING_CODES_MAX,
    description: 'How many one-time codes to hand out, one per person served',
  })
  @IsInt()
  @Min(1)
  @Max(RATING_CODES_MAX)
  codes!: number;

  @ApiPropertyOptional({
    example: '2026-04-15T18:00:00+08:00',
    format: 'date-time',
    description:
      'When the rating closes by itself: after now, within 90 days; 14 days from now by default',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  closesAt?: string;
}
