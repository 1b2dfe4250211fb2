import { ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBER_POSITIONS } from '@pb/domain';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

class Page {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  cursor?: string;
}

export class SocietyListQuery extends Page {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only societies currently assigned in this campaign',
  })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only societies whose current liaison this is',
  })
  @IsOptional()
  @IsUUID()
  liaisonId?: string;

  @ApiPropertyOptional({ enum: ['registered', 'deregistered'] })
  @IsOptional()
  @IsIn(['registered', 'deregistered'])
  status?: 'registered' | 'deregistered';

  @ApiPropertyOptional({
    description:
      'Only societies with (true) or without (false) an overdue service task, as of today',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}

export class CampaignListQuery extends Page {
  @ApiPropertyOptional({ enum: ['draft', 'launched', 'closed'] })
  @IsOptional()
  @IsIn(['draft', 'launched', 'closed'])
  status?: 'draft' | 'launched' | 'closed';
}

export class MemberListQuery extends Page {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only liaisons with societies in this campaign',
  })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiPropertyOptional({ enum: ['active', 'retired'] })
  @IsOptional()
  @IsIn(['active', 'retired'])
  status?: 'active' | 'retired';

  @ApiPropertyOptional({ enum: MEMBER_POSITIONS })
  @IsOptional()
  @IsIn(MEMBER_POSITIONS)
  position?: string;

  @ApiPropertyOptional({
    description: 'Only members with (true) or without (false) an overdue task in their societies',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}
