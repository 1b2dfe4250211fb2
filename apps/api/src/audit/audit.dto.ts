import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageCursor, PageLimit } from '../http/paging.dto';
import { STREAM_ID } from './commit-params';

/**
 * A moment with its zone, in the calendar form only, so that every accepted value is one Date
 * reads. Digits are [0-9], not \d: the OpenAPI document shows this pattern to tools whose
 * regex dialect reads \d as any Unicode digit.
 */
export const DATE_TIME =
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,9})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$/;

export class AuditQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() societyId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() memberId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "星级评定批次: the round's events and those of every society's rating in it",
  })
  @IsOptional()
  @IsUUID()
  roundId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "督导抽查批次: the batch's events and those of every sampled society's inspection",
  })
  @IsOptional()
  @IsUUID()
  batchId?: string;

  @ApiPropertyOptional({ example: 'lecture-6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10' })
  @IsOptional()
  @Matches(STREAM_ID, { message: 'streamId must look like <type>-<id>' })
  streamId?: string;

  @ApiPropertyOptional({ description: 'The token subject that did it' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({ example: 'LectureDelivered' })
  @IsOptional()
  @Matches(/^[A-Z][A-Za-z]{2,60}$/, {
    message: 'type must be an event type such as LectureDelivered',
  })
  type?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2021-07-01T00:00:00+08:00',
    description: 'Recorded at or after (inclusive)',
  })
  @IsOptional()
  @Matches(DATE_TIME, {
    message: '$property must be a date and time with a zone, e.g. 2021-07-01T00:00:00+08:00',
  })
  from?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2021-08-01T00:00:00+08:00',
    description: 'Recorded before (exclusive)',
  })
  @IsOptional()
  @Matches(DATE_TIME, {
    message: '$property must be a date and time with a zone, e.g. 2021-07-01T00:00:00+08:00',
  })
  to?: string;

  @PageLimit({ default: 100, max: 1000 })
  limit?: number;

  @PageCursor()
  cursor?: string;
}
