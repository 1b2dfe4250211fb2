import { ApiProperty } from '@nestjs/swagger';
import { LifeReportDoc } from '../life-reports/life-report.answer.dto';

class NamedSocietyDoc {
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ example: '天津市机械工程学会' }) name!: string;
}

class OrganisationCoverageRowDoc extends NamedSocietyDoc {
  @ApiProperty({ description: '学会党委（学会理事会层面的党组织，联合党支部除外）' })
  council!: boolean;
  @ApiProperty({ description: '办事机构党组织（联合党支部除外）' }) secretariat!: boolean;
  @ApiProperty({ description: '联合党支部' }) joint!: boolean;
  @ApiProperty({ description: '党建指导员在岗' }) instructor!: boolean;
  @ApiProperty({ description: '以上任一方式覆盖' }) covered!: boolean;
}

class OrganisationCoverageDoc {
  @ApiProperty({ example: '2026-08-15', description: '统计日' }) on!: string;
  @ApiProperty({ example: 104, description: '登记学会数' }) registered!: number;
  @ApiProperty({ example: 60, description: '学会党委覆盖（两处都有的学会两处都计）' })
  council!: number;
  @ApiProperty({ example: 30, description: '办事机构党组织覆盖' }) secretariat!: number;
  @ApiProperty({
    example: 8,
    description: '其他方式覆盖：既无学会党委也无办事机构党组织，由联合党支部或党建指导员覆盖',
  })
  otherMeans!: number;
  @ApiProperty({ example: 5, description: '其中联合党支部' }) joint!: number;
  @ApiProperty({ example: 4, description: '其中党建指导员' }) instructor!: number;
  @ApiProperty({ example: 98, description: '组织覆盖的学会数' }) covered!: number;
  @ApiProperty({ type: [NamedSocietyDoc], description: '未覆盖的学会，按名称拼音排序' })
  uncovered!: NamedSocietyDoc[];
  @ApiProperty({ type: [OrganisationCoverageRowDoc], description: '各登记学会的覆盖方式' })
  societies!: OrganisationCoverageRowDoc[];
}

class WorkOfSocietyDoc extends NamedSocietyDoc {
  @ApiProperty({ example: 1, description: '期间内已宣讲（未取消）的场次' }) lectures!: number;
  @ApiProperty({ example: 3, description: '期间内召开（未撤回）的组织生活次数' })
  lifeRecords!: number;
  @ApiProperty({ example: 0, description: '期间内受理（未取消）的服务任务' })
  acceptedTasks!: number;
  @ApiProperty() covered!: boolean;
}

class WorkCoverageDoc {
  @ApiProperty({ example: 104 }) registered!: number;
  @ApiProperty({ example: 90, description: '期间内有工作覆盖的学会数' }) covered!: number;
  @ApiProperty({ type: [NamedSocietyDoc], description: '无工作覆盖的学会，按名称拼音排序' })
  uncovered!: NamedSocietyDoc[];
  @ApiProperty({ type: [WorkOfSocietyDoc] }) societies!: WorkOfSocietyDoc[];
}

export class CoverageAnswerDoc extends LifeReportDoc {
  @ApiProperty({ type: OrganisationCoverageDoc, description: '组织覆盖（统计日）' })
  organisation!: OrganisationCoverageDoc;
  @ApiProperty({ type: WorkCoverageDoc, description: '工作覆盖（期间内至统计日）' })
  work!: WorkCoverageDoc;
}
