import type { CampaignReport } from './campaign-report';
import {
  CAMPAIGN_STATUS_LABELS,
  EXCLUSION_LABELS,
  KIND_LABELS,
  LECTURE_LABELS,
  LIGHT_LABELS,
  percent,
  POSITION_LABELS,
  REASON_SEPARATOR,
  yesNo,
} from './campaign-report.labels';
import { figures, numbered, type Cell, type Table } from './report-table';

export type { Cell, Table };

/** The per-society table: the sheet committees send upward. */
export function societyTable(report: CampaignReport): Table {
  return {
    headers: [
      '序号',
      '学会名称',
      '统一社会信用代码',
      '学会类型',
      '联系委员',
      '是否建立党组织',
      LECTURE_LABELS.scheduled,
      LECTURE_LABELS.delivered,
      LECTURE_LABELS.confirmed,
      '最近宣讲日期',
      '受众人数',
      '已承接办实事',
      '待受理',
      '办理中',
      '已办结',
      '已评价',
      '已取消',
      '逾期任务',
      '挂牌督办',
      '平均评分',
      '红黄绿',
      '原因',
    ],
    rows: report.societies.map((r, i) => [
      i + 1,
      r.name,
      r.creditCode,
      KIND_LABELS[r.kind],
      r.liaisonName,
      yesNo(r.hasPartyOrganisation),
      r.lecturesScheduled,
      r.lecturesDelivered,
      r.lecturesConfirmed,
      r.lastDeliveredOn,
      r.audience,
      r.tasksAccepted,
      r.tasksByState.proposed,
      r.tasksByState.inProgress,
      r.tasksByState.completed,
      r.tasksByState.evaluated,
      r.tasksByState.cancelled,
      r.overdueTasks,
      r.escalatedTasks,
      r.averageRating,
      LIGHT_LABELS[r.status],
      r.reasons.join(REASON_SEPARATOR),
    ]),
  };
}

/** The totals as 指标/数值 pairs, the campaign's own facts first. */
export function summaryTable(report: CampaignReport): Table {
  const { campaign, totals } = report;
  const target = (value: number | undefined) => value ?? '未设定';
  const rows: [string, Cell][] = [
    ['工作名称', campaign.title],
    ['发文单位', campaign.issuedBy],
    ['发文日期', campaign.issuedOn],
    ['文号', campaign.documentNumber],
    ['工作状态', CAMPAIGN_STATUS_LABELS[campaign.status]],
    ['开始日期', campaign.startsOn],
    ['结束日期', campaign.endsOn],
    ['统计截至', report.asOfDate],
    ['每个学会宣讲目标（场）', target(campaign.targets?.lecturesPerSociety)],
    ['每个学会办实事目标（件）', target(campaign.targets?.serviceTasksPerSociety)],
    ['联系学会数', totals.societiesAssigned],
    ['已宣讲学会数', totals.societiesCovered],
    ['宣讲覆盖率', percent(totals.coverage)],
    [`${LECTURE_LABELS.scheduled}（场）`, totals.lecturesScheduled],
    [`${LECTURE_LABELS.delivered}（场）`, totals.lecturesDelivered],
    [`${LECTURE_LABELS.confirmed}（场）`, totals.lecturesConfirmed],
    [`${LECTURE_LABELS.cancelled}（场）`, totals.lecturesCancelled],
    ['受众人数（人次）', totals.audience],
    ['办实事合计（件）', totals.tasks.total],
    ['待受理（件）', totals.tasks.proposed],
    ['办理中（件）', totals.tasks.inProgress],
    ['已办结（件）', totals.tasks.completed],
    ['已评价（件）', totals.tasks.evaluated],
    ['已取消（件）', totals.tasks.cancelled],
    ['逾期任务（件）', totals.overdueTasks],
    ['挂牌督办（件）', totals.escalatedTasks],
    ['办结率', percent(totals.completionRate)],
    ['评价率', percent(totals.evaluationRate)],
    ['平均评分', totals.averageRating],
    ['受益人数', totals.beneficiaries],
    ['红色预警学会', totals.status.red],
    ['黄色预警学会', totals.status.yellow],
    ['绿色学会', totals.status.green],
    ['未宣讲学会', report.missingLecture.length],
    ['办实事未达标学会', report.missingTasks.length],
    ['未分配学会', report.unassigned.length],
    ['已注销学会', report.deregistered.length],
    ['未计入统计的宣讲（场）', report.excludedWork.lectures],
    ['未计入统计的办实事（件）', report.excludedWork.tasks],
  ];
  return figures(rows);
}

export function liaisonTable(report: CampaignReport): Table {
  return {
    headers: [
      '序号',
      '委员姓名',
      '职务',
      '联系学会数',
      '已宣讲学会数',
      '宣讲覆盖率',
      LECTURE_LABELS.delivered,
      LECTURE_LABELS.confirmed,
      '受众人数',
      '已承接办实事',
      '逾期任务',
    ],
    rows: report.liaisons.map((r, i) => [
      i + 1,
      r.name,
      POSITION_LABELS[r.position],
      r.societies,
      r.covered,
      percent(r.coverage),
      r.lecturesDelivered,
      r.lecturesConfirmed,
      r.audience,
      r.tasksAccepted,
      r.overdueTasks,
    ]),
  };
}

/** The societies without a delivered lecture, for the liaison to call. */
export function missingLectureTable(report: CampaignReport): Table {
  return numbered(
    ['学会名称', '联系委员'],
    report.missingLecture.map((r) => [r.name, r.liaisonName]),
  );
}

/** The societies short of the task target, with how many they have accepted. */
export function missingTasksTable(report: CampaignReport): Table {
  return numbered(
    ['学会名称', '联系委员', '已承接办实事', '办实事目标'],
    report.missingTasks.map((r) => [
      r.name,
      r.liaisonName,
      r.tasksAccepted,
      report.campaign.targets?.serviceTasksPerSociety ?? 0,
    ]),
  );
}

export function unassignedTable(report: CampaignReport): Table {
  return {
    headers: ['序号', '学会名称', '学会类型'],
    rows: report.unassigned.map((r, i) => [i + 1, r.name, KIND_LABELS[r.kind]]),
  };
}

export function deregisteredTable(report: CampaignReport): Table {
  return {
    headers: ['序号', '学会名称', '原联系委员'],
    rows: report.deregistered.map((r, i) => [i + 1, r.name, r.liaisonName]),
  };
}

/** The work no figure counts, society by society, with the reason it is left out. */
export function excludedWorkTable(report: CampaignReport): Table {
  return numbered(
    [
      '学会名称',
      '未计入原因',
      '宣讲合计',
      LECTURE_LABELS.scheduled,
      LECTURE_LABELS.delivered,
      LECTURE_LABELS.confirmed,
      LECTURE_LABELS.cancelled,
      '办实事合计',
      '待受理',
      '办理中',
      '已办结',
      '已评价',
      '已取消',
    ],
    report.excludedWork.societies.map((r) => [
      r.name,
      EXCLUSION_LABELS[r.reason],
      r.lectures.total,
      r.lectures.scheduled,
      r.lectures.delivered,
      r.lectures.confirmed,
      r.lectures.cancelled,
      r.tasks.total,
      r.tasks.proposed,
      r.tasks.inProgress,
      r.tasks.completed,
      r.tasks.evaluated,
      r.tasks.cancelled,
    ]),
  );
}

/** One row per task: the overdue ones (longest first), then those only escalated. */
export function overdueAndEscalatedTable(report: CampaignReport): Table {
  const reasons = new Map(report.escalated.map((e) => [e.taskId, e.reason]));
  const overdueIds = new Set(report.overdue.map((o) => o.taskId));
  const rows: Cell[][] = [
    ...report.overdue.map((o) => [
      o.societyName,
      o.title,
      o.dueOn,
      o.daysOverdue,
      yesNo(o.escalated),
      reasons.get(o.taskId) ?? null,
    ]),
    ...report.escalated
      .filter((e) => !overdueIds.has(e.taskId))
      .map((e) => [e.societyName, e.title, e.dueOn, null, yesNo(true), e.reason]),
  ];
  return {
    headers: ['序号', '学会名称', '任务名称', '截止日期', '逾期天数', '挂牌督办', '督办事由'],
    rows: rows.map((row, i) => [i + 1, ...row]),
  };
}
