import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATIONAL_LIFE_KINDS, PARTY_ORGANISATION_FORMS } from '@pb/domain';

/** The period of a report: a quarter or a year. */
export class PeriodAnswerDoc {
  @ApiProperty({ example: '2026Q3', description: '统计期间：年度或季度' }) label!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 3,
    enum: [1, 2, 3, 4],
    description: '年度报告为空',
  })
  quarter!: number | null;
  @ApiProperty({ example: '2026-07-01', description: '期间第一天' }) from!: string;
  @ApiProperty({ example: '2026-09-30', description: '期间最后一天' }) to!: string;
}

/** The fields every report of the yearly life carries. */
export class LifeReportDoc {
  @ApiProperty({ type: PeriodAnswerDoc }) period!: PeriodAnswerDoc;
  @ApiProperty({ example: '2026-08-15T10:00:00.000Z', description: '统计时点' }) asOf!: string;
  @ApiProperty({
    example: '2026-08-15',
    description: '统计日（联合会所在时区）：期间按此日之前（含）计算',
  })
  asOfDate!: string;
}

class LifeStandingDoc {
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ example: '天津市机械工程学会' }) name!: string;
  @ApiProperty({ example: 1, description: '榜上名次' }) place!: number;
  @ApiProperty({ example: 8, description: '应开展次数（要求的场次）' }) slots!: number;
  @ApiProperty({ example: 8, description: '已开展次数（满足要求的场次）' }) met!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 1,
    description: '完成率 = 已开展 / 应开展，4位小数',
  })
  completeness!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.9,
    description: '出席率 = 实到 / 应到，4位小数；无记录时为空',
  })
  attendance!: number | null;
}

export class LifeListsAnswer extends LifeReportDoc {
  @ApiProperty({ example: 10 }) redListSize!: number;
  @ApiProperty({ example: 10 }) blackListSize!: number;
  @ApiProperty({ description: '本年度未设定组织生活要求，按默认要求计算' })
  tableIsDefault!: boolean;
  @ApiProperty({ example: 86, description: '本季度有组织生活要求的学会数' }) weighed!: number;
  @ApiProperty({ type: [LifeStandingDoc], description: '红榜：全部完成，按出席率从高到低' })
  red!: LifeStandingDoc[];
  @ApiProperty({
    type: [LifeStandingDoc],
    description: '黑榜：按完成率、出席率从低到高，不含红榜学会',
  })
  black!: LifeStandingDoc[];
}

class RequirementFiguresDoc {
  @ApiProperty({ enum: ORGANISATIONAL_LIFE_KINDS, example: 'theme-day' }) kind!: string;
  @ApiProperty({ enum: ['month', 'quarter'], description: '每月或每季度' }) per!: string;
  @ApiProperty({ example: 1, description: '每月（季度）要求次数' }) count!: number;
  @ApiProperty({ example: 3 }) slots!: number;
  @ApiProperty({ example: 2 }) met!: number;
}

class QuarterLifeDoc {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 3 }) quarter!: number;
  @ApiProperty({ example: 8 }) slots!: number;
  @ApiProperty({ example: 6 }) met!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.75 }) completeness!: number | null;
  @ApiProperty({ type: [RequirementFiguresDoc], description: '按要求逐项的应开展和已开展次数' })
  requirements!: RequirementFiguresDoc[];
}

class AttendanceDoc {
  @ApiProperty({ example: 48, description: '实到人次' }) present!: number;
  @ApiProperty({ example: 60, description: '应到人次' }) expected!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.8, description: '出席率；无记录时为空' })
  rate!: number | null;
}

class CountingOrganisationDoc {
  @ApiProperty({ enum: ['council', 'secretariat'], description: '学会党委或办事机构党组织' })
  seat!: string;
  @ApiProperty({ enum: PARTY_ORGANISATION_FORMS, example: 'branch' }) form!: string;
  @ApiProperty({ description: '设有党小组' }) groups!: boolean;
}

export class SocietyLifeAnswer extends LifeReportDoc {
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ example: '天津市机械工程学会' }) name!: string;
  @ApiProperty() registered!: boolean;
  @ApiProperty({
    type: CountingOrganisationDoc,
    nullable: true,
    description: '计算组织生活的党组织：学会党委优先，否则办事机构党组织；两处均无时为空',
  })
  organisation!: CountingOrganisationDoc | null;
  @ApiProperty({ description: '本年度未设定组织生活要求，按默认要求计算' })
  tableIsDefault!: boolean;
  @ApiProperty({ example: 8 }) slots!: number;
  @ApiProperty({ example: 6 }) met!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.75, description: '完成率；无要求时为空' })
  completeness!: number | null;
  @ApiProperty({ type: AttendanceDoc }) attendance!: AttendanceDoc;
  @ApiProperty({ type: [QuarterLifeDoc], description: '期间内各季度' })
  quarters!: QuarterLifeDoc[];
}
