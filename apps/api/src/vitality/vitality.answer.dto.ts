import { ApiProperty } from '@nestjs/swagger';
import { VITALITY_COMPONENTS } from '@pb/domain';
import { LifeReportDoc } from '../life-reports/life-report.answer.dto';

class VitalityWeightsDoc {
  @ApiProperty({ example: 30, description: '组织生活完成率' }) lifeCompleteness!: number;
  @ApiProperty({ example: 10, description: '出席率' }) attendance!: number;
  @ApiProperty({ example: 15, description: '宣讲' }) lectures!: number;
  @ApiProperty({ example: 20, description: '服务任务' }) serviceTasks!: number;
  @ApiProperty({ example: 10, description: '整改销号' }) rectifications!: number;
  @ApiProperty({ example: 15, description: '星级' }) stars!: number;
}

class VitalityComponentDoc {
  @ApiProperty({ enum: VITALITY_COMPONENTS, example: 'lifeCompleteness' }) component!: string;
  @ApiProperty({ example: 30, description: '权重（满分）' }) weight!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    example: { met: 6, slots: 8 },
    description:
      '计算依据：met/slots 已开展/应开展次数，present/expected 实到/应到人次，delivered/target 已宣讲场次/目标，completed/target/evaluated/meanRating 已办结/目标/已评价任务/平均评分，due/acceptedOnTime 到期整改项/按期销号，stars/outOf 当前星级/满星',
  })
  inputs!: Record<string, number | null>;
  @ApiProperty({ example: 0.75, minimum: 0, maximum: 1, description: '比率，4位小数' })
  ratio!: number;
  @ApiProperty({ example: 22.5, description: '得分 = 比率 × 权重，2位小数' }) points!: number;
}

class VitalityRowDoc {
  @ApiProperty({ example: 1, description: '排名：同分同名次，其后名次顺延（1、1、3）' })
  rank!: number;
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ example: '天津市机械工程学会' }) name!: string;
  @ApiProperty({ example: 68.46, description: '得分（满分100）' }) score!: number;
  @ApiProperty({ type: [VitalityComponentDoc], description: '各项指标' })
  components!: VitalityComponentDoc[];
}

class VitalityBasisDoc extends LifeReportDoc {
  @ApiProperty({ type: VitalityWeightsDoc }) weights!: VitalityWeightsDoc;
  @ApiProperty({ description: '本年度未设定权重，按默认权重计算' }) weightsAreDefault!: boolean;
  @ApiProperty({ description: '本年度未设定组织生活要求，按默认要求计算' })
  tableIsDefault!: boolean;
}

export class VitalityRankingAnswer extends VitalityBasisDoc {
  @ApiProperty({ type: [VitalityRowDoc], description: '登记学会按得分从高到低，同分按名称拼音' })
  ranking!: VitalityRowDoc[];
}

export class SocietyVitalityAnswer extends VitalityBasisDoc {
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ example: '天津市机械工程学会' }) name!: string;
  @ApiProperty() registered!: boolean;
  @ApiProperty({ example: 68.46 }) score!: number;
  @ApiProperty({ type: [VitalityComponentDoc] }) components!: VitalityComponentDoc[];
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 12,
    description: '排名；已注销学会不参加排名，为空',
  })
  rank!: number | null;
  @ApiProperty({ example: 104, description: '参加排名的学会数' }) ranked!: number;
}
