import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageCursor, PageLimit } from '../http/paging.dto';

export class AccountListQuery {
  @ApiPropertyOptional({ enum: ['invited', 'active', 'disabled'] })
  @IsOptional()
  @IsIn(['invited', 'active', 'disabled'])
  status?: 'invited' | 'active' | 'disabled';

  @PageLimit({ default: 50, max: 500 })
  limit?: number;

  @PageCursor()
  cursor?: string;
}
