import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageCursor, PageLimit } from '../http/paging.dto';
import { OptionalUuidField } from '../http/uuid-field';

export const LECTURE_STATUSES = ['scheduled', 'delivered', 'confirmed', 'cancelled'] as const;

/** The lecture list's filters; a liaison sees their own lectures unless they name a society of theirs. */
export class LectureListQuery {
  @OptionalUuidField({ description: '工作部署' })
  campaignId?: string;

  @OptionalUuidField({ description: '学会' })
  societyId?: string;

  @OptionalUuidField({ description: '宣讲人' })
  lecturerId?: string;

  @ApiPropertyOptional({ enum: LECTURE_STATUSES })
  @IsOptional()
  @IsIn(LECTURE_STATUSES)
  status?: (typeof LECTURE_STATUSES)[number];

  @PageLimit({ default: 50, max: 500 })
  limit?: number;

  @PageCursor()
  cursor?: string;
}
