import { ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATIONAL_LIFE_KINDS, type OrganisationalLifeKind } from '@pb/domain';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageCursor, PageLimit } from '../http/paging.dto';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class LifeRecordListQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only this society’s records; a society reads its own whether named or not',
  })
  @IsOptional()
  @IsUUID()
  societyId?: string;

  @ApiPropertyOptional({ example: 2026, minimum: 2000, maximum: 2100, description: 'Held in' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({
    example: 3,
    minimum: 1,
    maximum: 4,
    description: 'Held in this quarter: of the year given, or of every year',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number;

  @ApiPropertyOptional({ enum: ORGANISATIONAL_LIFE_KINDS })
  @IsOptional()
  @IsIn(ORGANISATIONAL_LIFE_KINDS)
  kind?: OrganisationalLifeKind;

  @ApiPropertyOptional({
    description: 'Only withdrawn records (true) or only those that count (false); both if absent',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  withdrawn?: boolean;

  @PageLimit({ default: 100, max: 1000 })
  limit?: number;

  @PageCursor()
  cursor?: string;
}
