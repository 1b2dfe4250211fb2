import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, MaxLength } from 'class-validator';

export class PublishStarRatingRoundRequest {
  @ApiProperty({
    format: 'date',
    example: '2026-03-20',
    description: '公布日期: from this day the decisions are the societies’ current stars',
  })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  publishedOn!: string;
}
