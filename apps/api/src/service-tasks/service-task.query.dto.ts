import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageCursor, PageLimit } from '../http/paging.dto';
import { OptionalUuidField } from '../http/uuid-field';

export const SERVICE_TASK_STATUSES = [
  'proposed',
  'in-progress',
  'completed',
  'evaluated',
  'cancelled',
] as const;

/** The service task list's filters; a society sees its own tasks only. */
export class ServiceTaskListQuery {
  @OptionalUuidField({ description: '工作部署' })
  campaignId?: string;

  @OptionalUuidField({ description: '学会' })
  societyId?: string;

  @ApiPropertyOptional({ enum: SERVICE_TASK_STATUSES })
  @IsOptional()
  @IsIn(SERVICE_TASK_STATUSES)
  status?: (typeof SERVICE_TASK_STATUSES)[number];

  @PageLimit({ default: 50, max: 500 })
  limit?: number;

  @PageCursor()
  cursor?: string;
}
