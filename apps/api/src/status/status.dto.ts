import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { MEMBER_POSITIONS } from '@pb/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageCursor, PageLimit } from '../http/paging.dto';
import { PeriodParam } from '../life-reports/life-period.query';
import { TRAFFIC_LIGHTS, type TrafficLight } from '../reports/campaign-report';
import type { SocietyStatusAnswer } from './status.answer.dto';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** A number in a query string; an empty or repeated value stays as it is, and is refused. */
const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

class Page {
  @PageLimit({ default: 50, max: 500 })
  limit?: number;

  @PageCursor()
  cursor?: string;
}

/** The period a society's status ranks its vitality in. */
export class SocietyStatusQuery {
  @PeriodParam(
    'vitalityPeriod',
    '组织活力排名的统计期间（vitality 及其筛选）：年度（如 2026）或季度（如 2026Q3）；缺省为本季度，与 GET /vitality 相同',
  )
  vitalityPeriod?: string;
}

export class SocietyListQuery extends IntersectionType(Page, SocietyStatusQuery) {
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

  @ApiPropertyOptional({
    enum: ['covered', 'uncovered'],
    description:
      'Only societies covered (covered) or not (uncovered) by a party organisation at the council or the secretariat, a joint branch or an instructor in post, as of today (组织覆盖)',
  })
  @IsOptional()
  @IsIn(['covered', 'uncovered'])
  coverage?: 'covered' | 'uncovered';

  @ApiPropertyOptional({
    description:
      'Only societies that met every slot of organisational life this quarter so far (true), or that have slots and met fewer (false), as of today; a society without slots (a work group, no organisation) is neither',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  lifeComplete?: boolean;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    example: 10,
    description:
      'Only societies ranked this high or higher in the vitality ranking of vitalityPeriod (组织活力排名, rank ≤ this); societies sharing a rank are all kept, so more may be listed; an unranked (deregistered) society never',
  })
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  vitalityRankAtMost?: number;

  @ApiPropertyOptional({
    type: 'number',
    minimum: 0,
    maximum: 100,
    example: 60,
    description:
      'Only societies whose vitality score in vitalityPeriod is below this (score < this, out of 100); an unranked (deregistered) society never',
  })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(100)
  vitalityScoreBelow?: number;

  @ApiPropertyOptional({
    type: 'number',
    minimum: 0,
    maximum: 1,
    example: 0.8,
    description:
      'Only societies whose attendance at organisational life this quarter so far is below this (出席率 = 实到 / 应到, a rate from 0 to 1 as `organisationalLife.attendance` shows it; attendance < this), as of today; a society without a record this quarter (attendance null) never',
  })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  attendanceBelow?: number;

  @ApiPropertyOptional({
    enum: TRAFFIC_LIGHTS,
    description:
      '红黄绿灯: only societies with this light in the report of `campaignId` (required with it), by the report’s rule, read now or at the close of a closed campaign',
  })
  @IsOptional()
  @IsIn(TRAFFIC_LIGHTS)
  light?: TrafficLight;
}

type SocietyFilters = Pick<
  SocietyListQuery,
  | 'status'
  | 'overdue'
  | 'coverage'
  | 'lifeComplete'
  | 'attendanceBelow'
  | 'vitalityRankAtMost'
  | 'vitalityScoreBelow'
>;

/** Whether a society's vitality passes the filters: one that is not ranked passes none. */
function keepsVitality(
  { vitality }: SocietyStatusAnswer,
  { vitalityRankAtMost: rankAtMost, vitalityScoreBelow: scoreBelow }: SocietyFilters,
): boolean {
  if (rankAtMost === undefined && scoreBelow === undefined) return true;
  return (
    vitality !== null &&
    (rankAtMost === undefined || vitality.rank <= rankAtMost) &&
    (scoreBelow === undefined || vitality.score < scoreBelow)
  );
}

/** Whether a society's status, read today, passes the list's filters. */
export function keepsSociety(society: SocietyStatusAnswer, query: SocietyFilters): boolean {
  const { completeness, attendance } = society.organisationalLife;
  return (
    keepsVitality(society, query) &&
    (query.attendanceBelow === undefined ||
      (attendance !== null && attendance < query.attendanceBelow)) &&
    (query.status === undefined || society.status === query.status) &&
    (query.overdue === undefined || society.serviceTasks.overdue.length > 0 === query.overdue) &&
    (query.coverage === undefined || society.coverage.covered === (query.coverage === 'covered')) &&
    (query.lifeComplete === undefined ||
      (completeness !== null && (completeness === 1) === query.lifeComplete))
  );
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
