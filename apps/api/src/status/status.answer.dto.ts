import { ApiProperty } from '@nestjs/swagger';
import { MEMBER_POSITIONS } from '@pb/domain';
import {
  CoverageAnswer,
  OrganisationalLifeAnswer,
  VitalityStandingAnswer,
} from './status-life.answer.dto';

/** Not the report's lecturesDelivered, which counts the confirmed ones too (docs/reports.md). */
const DELIVERED_AWAITING = '已宣讲（待确认）：已记录宣讲、尚未确认；已确认的计入 confirmed';

const RECTIFICATION_STATUSES = ['open', 'reported', 'returned', 'accepted'];

class CampaignLiaison {
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @ApiProperty({ format: 'uuid', description: '该工作部署中的联系委员' }) liaisonId!: string;
}

class SocietyLectures {
  @ApiProperty({ description: '待宣讲：已安排、尚未宣讲' }) scheduled!: number;
  @ApiProperty({ description: DELIVERED_AWAITING }) delivered!: number;
  @ApiProperty({ description: '已确认' }) confirmed!: number;
  @ApiProperty() cancelled!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2025-04-18' })
  lastDeliveredOn!: string | null;
  @ApiProperty({ description: '听众人次：已宣讲和已确认宣讲的最新记录之和' }) audience!: number;
}

class TaskStates {
  @ApiProperty() proposed!: number;
  @ApiProperty() 'in-progress'!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() evaluated!: number;
  @ApiProperty() cancelled!: number;
}

class OverdueTask {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2025-03-31' }) dueOn!:
    string | null;
}

class EscalatedTask {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ format: 'uuid' }) societyId!: string;
}

class ServiceTaskFigures {
  @ApiProperty({ type: TaskStates }) byState!: TaskStates;
  @ApiProperty({ description: '待受理和办理中的任务数' }) open!: number;
  @ApiProperty({ type: [OverdueTask], description: '逾期任务（按联合会所在时区的今天计算）' })
  overdue!: readonly OverdueTask[];
  @ApiProperty({ type: [EscalatedTask], description: '挂牌督办且尚未办结的任务' })
  escalated!: readonly EscalatedTask[];
}

class CurrentStarsAnswer {
  @ApiProperty({ example: '2026-05-01', description: '读取星级的日期（今天）' }) on!: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: 8,
    example: 5,
    description:
      '当前星级：最近一次公布的评定批次的审议结果，按此日已生效的摘星、降星或升星调整；从未公布过评定结果时为空',
  })
  stars!: number | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: '给出当前星级的评定批次',
  })
  roundId!: string | null;
}

class StarChangeAnswer {
  @ApiProperty({ enum: ['withdrawn', 'adjusted'], description: '摘星或调整' }) kind!: string;
  @ApiProperty({ example: 4, description: '变更后的星级' }) stars!: number;
  @ApiProperty({ example: '2026-06-01', description: '生效日期' }) effectiveOn!: string;
}

class PublishedStarsAnswer {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ example: '2025年度星级学会党组织评定' }) title!: string;
  @ApiProperty({ example: '2026-03-20', description: '公布日期' }) publishedOn!: string;
  @ApiProperty({ example: 5, description: '审议评定的星级' }) decidedStars!: number;
  @ApiProperty({ type: [StarChangeAnswer], description: '公布后的摘星和调整，按生效顺序' })
  changes!: readonly StarChangeAnswer[];
}

class RectificationItemAnswer {
  @ApiProperty({ format: 'uuid', description: '督导批次' }) batchId!: string;
  @ApiProperty({ format: 'uuid' }) inspectionId!: string;
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ example: '补全会议记录，建立会议纪要审签制度', description: '整改事项' })
  action!: string;
  @ApiProperty({ example: '2026-06-30', description: '整改期限' }) dueOn!: string;
  @ApiProperty({ enum: RECTIFICATION_STATUSES, description: '待整改、已报告整改、被退回' })
  status!: string;
  @ApiProperty({ description: '逾期：期限已过仍未销号（按联合会所在时区的今天计算）' })
  overdue!: boolean;
}

class RectificationFiguresAnswer {
  @ApiProperty({ description: '尚未销号的整改事项数' }) open!: number;
  @ApiProperty({ description: '学会已报告整改、待督导员验收的事项数' }) reported!: number;
  @ApiProperty({ description: '逾期未销号的整改事项数' }) overdue!: number;
}

class RectificationsAnswer extends RectificationFiguresAnswer {
  @ApiProperty({ type: [RectificationItemAnswer], description: '尚未销号的整改事项，期限早的在前' })
  items!: readonly RectificationItemAnswer[];
}

export class SocietyStatusAnswer {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '中国化学会' }) name!: string;
  @ApiProperty({ enum: ['registered', 'deregistered'] }) status!: string;
  @ApiProperty({ description: '是否建立党组织' }) hasPartyOrganisation!: boolean;
  @ApiProperty({ example: 'committee' }) partyOrganisationForm!: string;
  @ApiProperty({ type: [CampaignLiaison] }) campaigns!: readonly CampaignLiaison[];
  @ApiProperty({ type: SocietyLectures }) lectures!: SocietyLectures;
  @ApiProperty({ type: ServiceTaskFigures }) serviceTasks!: ServiceTaskFigures;
  @ApiProperty({ type: Number, nullable: true, example: 4.5, description: '办实事评价的平均分' })
  averageRating!: number | null;
  @ApiProperty({ type: CurrentStarsAnswer, description: '学会党组织的当前星级（今天）' })
  currentStars!: CurrentStarsAnswer;
  @ApiProperty({
    type: [PublishedStarsAnswer],
    description: '各已公布评定批次的星级，公布早的在前',
  })
  publishedStars!: readonly PublishedStarsAnswer[];
  @ApiProperty({
    type: RectificationsAnswer,
    description: '督导抽查发现问题的整改：尚未销号和逾期的事项；有逾期整改的学会在工作报告中为红灯',
  })
  rectifications!: RectificationsAnswer;
  @ApiProperty({
    type: OrganisationalLifeAnswer,
    description: '本季度的组织生活（三会一课、主题党日）：应开、已开、完成率和出席率',
  })
  organisationalLife!: OrganisationalLifeAnswer;
  @ApiProperty({ type: CoverageAnswer, description: '今天的组织覆盖及其方式' })
  coverage!: CoverageAnswer;
  @ApiProperty({
    type: VitalityStandingAnswer,
    nullable: true,
    description:
      '组织活力得分和排名（本季度或 vitalityPeriod 所指期间，量至今天），等于 GET /vitality 中该学会的一行；已注销学会不参加排名，为空',
  })
  vitality!: VitalityStandingAnswer | null;
  @ApiProperty() lastActivityAt!: string;
  @ApiProperty({
    example: '2026-05-01',
    description: '逾期、星级、本季度组织生活、组织覆盖和组织活力按此日期（今天）计算',
  })
  asOfDate!: string;
}

class MemberCampaign {
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @ApiProperty({ description: '联系学会数' }) societies!: number;
  @ApiProperty({ description: '已宣讲覆盖的学会数' }) covered!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.8 }) coverage!: number | null;
  @ApiProperty({ type: [String] }) societyIds!: readonly string[];
  @ApiProperty({ type: [String] }) coveredSocietyIds!: readonly string[];
}

class MemberLectures {
  @ApiProperty({ description: '待宣讲：已安排、尚未宣讲' }) scheduled!: number;
  @ApiProperty({ description: DELIVERED_AWAITING }) delivered!: number;
  @ApiProperty({ description: '已确认' }) confirmed!: number;
  @ApiProperty() cancelled!: number;
}

class RoundToReview {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ example: '2025年度星级学会党组织评定' }) title!: string;
  @ApiProperty({ description: '待该委员初评的学会数' }) toReview!: number;
  @ApiProperty({ type: [String], description: '待该委员初评的学会' })
  societyIds!: readonly string[];
}

class ReviewsAnswer {
  @ApiProperty({ description: '待初评的评定总数' }) toReview!: number;
  @ApiProperty({
    type: [RoundToReview],
    description:
      '初评中的评定批次里该委员应初评的学会：已自评、未审议、该委员尚未初评，且不是该委员联系的学会，也不是该委员填写自评的学会',
  })
  rounds!: readonly RoundToReview[];
}

class InspectionToDoAnswer {
  @ApiProperty({ format: 'uuid' }) batchId!: string;
  @ApiProperty({ example: '2026年第一批学会党委督导抽查' }) batchTitle!: string;
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '首次走访前为空' })
  inspectionId!: string | null;
  @ApiProperty({ enum: ['not-visited', 'open'], description: '未走访或督导中' }) state!: string;
  @ApiProperty({ type: RectificationsAnswer }) rectifications!: RectificationsAnswer;
}

class InspectionsAnswer extends RectificationFiguresAnswer {
  @ApiProperty({ description: '该委员督导的批次中尚未结束督导的学会数' }) societies!: number;
  @ApiProperty({ description: '其中尚未走访的学会数' }) notVisited!: number;
  @ApiProperty({
    type: [InspectionToDoAnswer],
    description: '该委员作为督导员的批次（已抽取、未结束）中每个未结束督导的学会，含整改事项',
  })
  cases!: readonly InspectionToDoAnswer[];
}

export class MemberStatusAnswer {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '张伟' }) name!: string;
  @ApiProperty({ enum: MEMBER_POSITIONS }) position!: string;
  @ApiProperty({ enum: ['active', 'retired'] }) status!: string;
  @ApiProperty({ type: [MemberCampaign] }) campaigns!: readonly MemberCampaign[];
  @ApiProperty({ type: MemberLectures }) lectures!: MemberLectures;
  @ApiProperty({ type: ServiceTaskFigures, description: '所联系学会的办实事任务' })
  serviceTasks!: ServiceTaskFigures;
  @ApiProperty({ type: ReviewsAnswer, description: '该委员待完成的星级评定初评' })
  reviews!: ReviewsAnswer;
  @ApiProperty({ type: InspectionsAnswer, description: '该委员待完成的督导抽查和整改验收' })
  inspections!: InspectionsAnswer;
  @ApiProperty() lastActivityAt!: string;
  @ApiProperty({ example: '2026-05-01', description: '逾期按此日期（今天）计算' })
  asOfDate!: string;
}
