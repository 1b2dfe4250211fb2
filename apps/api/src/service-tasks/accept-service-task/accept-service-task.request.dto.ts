import { ApiProperty } from '@nestjs/swagger';
import { URGENCIES, type Urgency } from '@pb/domain';
import { IsIn, IsISO8601, MaxLength } from 'class-validator';

export class AcceptServiceTaskRequest {
  @ApiProperty({ format: 'date', example: '2021-10-31', description: '办结时限' })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  dueOn!: string;

  @ApiProperty({
    enum: URGENCIES,
    example: 'deadline',
    description: 'immediate 立刻办, deadline 限期办, phased 分期办',
  })
  @IsIn(URGENCIES)
  urgency!: Urgency;
}
