import { ApiPropertyOptional } from '@nestjs/swagger';
import type { InspectionBatchStatus } from '@pb/domain';
import { IsIn, IsOptional } from 'class-validator';
import { PageCursor, PageLimit } from '../http/paging.dto';

const STATUSES = ['planned', 'drawn', 'closed'] as const satisfies readonly InspectionBatchStatus[];

export class InspectionBatchListQuery {
  @PageLimit({ default: 50, max: 500 })
  limit?: number;

  @PageCursor()
  cursor?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: InspectionBatchStatus;
}
