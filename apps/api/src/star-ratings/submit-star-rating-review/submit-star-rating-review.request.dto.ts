import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalUuidField } from '../../http/uuid-field';
import { NOTE_MAX, ScoreDto, ScoreSheet } from '../star-rating.request.dto';

export class SubmitStarRatingReviewRequest {
  @ScoreSheet(ScoreDto, '每项评分细则的初评得分 (every item of the round scored once)')
  items!: ScoreDto[];

  @ApiPropertyOptional({ example: '组织建设扎实，作用发挥有待加强', maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NOTE_MAX)
  comment?: string;

  @OptionalUuidField({
    description:
      'The committee member who reviewed: for the office entering a review; a liaison reviews as themself',
  })
  reviewerId?: string;
}
