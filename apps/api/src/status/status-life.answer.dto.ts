import { ApiProperty } from '@nestjs/swagger';
import { COVERAGE_WAYS } from '@pb/projections';

export class OrganisationalLifeAnswer {
  @ApiProperty({
    example: '2026Q4',
    description: '本季度（按联合会所在时区的今天），从季度第一天计到今天',
  })
  period!: string;
  @ApiProperty({
    type: 'integer',
    example: 8,
    description: '应开次数：本季度已开始的各月的按月要求，加季度要求（按当年的组织生活要求表）',
  })
  slots!: number;
  @ApiProperty({
    type: 'integer',
    example: 6,
    description: '已开次数：每月（季度）同类会议超过要求的不再计入',
  })
  met!: number;
  @ApiProperty({
    type: 'number',
    nullable: true,
    example: 0.75,
    description:
      '完成率 = 已开 / 应开，保留4位小数；无应开次数（党建工作小组、未建立党组织）时为空',
  })
  completeness!: number | null;
  @ApiProperty({
    type: 'number',
    nullable: true,
    example: 0.8,
    description: '出席率 = 实到 / 应到，本季度未撤回的全部记录，保留4位小数；无记录时为空',
  })
  attendance!: number | null;
}

export class CoverageAnswer {
  @ApiProperty({ example: true, description: '今天是否实现组织覆盖（任一方式）' })
  covered!: boolean;
  @ApiProperty({
    enum: COVERAGE_WAYS,
    isArray: true,
    example: ['secretariat', 'instructor'],
    description:
      '覆盖方式：council 学会党委，secretariat 办事机构党组织，joint 联合党支部，instructor 党建指导员在任（派驻日起至召回日前一天）',
  })
  how!: readonly string[];
}

export class VitalityStandingAnswer {
  @ApiProperty({
    example: '2026Q4',
    description: '排名的统计期间：缺省为本季度（按联合会所在时区的今天），与 GET /vitality 相同',
  })
  period!: string;
  @ApiProperty({
    type: 'number',
    example: 68.46,
    minimum: 0,
    maximum: 100,
    description: '得分（满分100）',
  })
  score!: number;
  @ApiProperty({
    type: 'integer',
    example: 12,
    minimum: 1,
    description: '排名：同分同名次，其后名次顺延（1、1、3），与 GET /vitality 中该学会的名次相同',
  })
  rank!: number;
  @ApiProperty({
    type: 'integer',
    example: 104,
    minimum: 1,
    description: '参加排名的学会数（登记学会）',
  })
  rankedOf!: number;
}
