import type { FindingSeverity, InspectionBatchStatus, RectificationStatus } from '@pb/domain';
import type { InspectionCaseState } from '../inspections/inspection-case.present';
import { figures, numbered, percent, type Table } from '../reports/report-table';
import type { BatchReport, SampleRow } from './batch-report';

export const BATCH_STATUS_LABELS: Readonly<Record<InspectionBatchStatus, string>> = {
  planned: '已计划',
  drawn: '已抽取',
  closed: '已结束',
};

export const SEVERITY_LABELS: Readonly<Record<FindingSeverity, string>> = {
  minor: '一般',
  major: '严重',
};

const CASE_STATE_LABELS: Readonly<Record<InspectionCaseState, string>> = {
  'not-visited': '未走访',
  open: '检查中',
  closed: '已结束',
};

const HOW_LABELS: Readonly<Record<SampleRow['how'], string>> = {
  drawn: '随机抽取',
  added: '指定抽查',
};

const ITEM_STATUS_LABELS: Readonly<Record<RectificationStatus, string>> = {
  open: '未整改',
  reported: '已报告待验收',
  returned: '已退回',
  accepted: '已销号',
};

/** A society the register does not know is named by its id, so that the row still says who. */
const societyName = (name: string | null, societyId: string): string =>
  name ?? `未登记学会（${societyId}）`;

export function batchSummaryTable(report: BatchReport): Table {
  const { batch, sample, findings, rectification } = report;
  const drawn = sample.filter((one) => one.how === 'drawn').length;
  return figures([
    ['督导批次', batch.title],
    ['督导重点', batch.focus.join('、')],
    ['状态', BATCH_STATUS_LABELS[batch.status]],
    ['统计截至', report.asOfDate],
    ['计划抽查数', batch.plannedSampleSize],
    ['总体学会数', batch.draw?.populationSize ?? null],
    ['随机抽取', drawn],
    ['指定抽查', sample.length - drawn],
    ['随机种子', batch.draw?.seed ?? null],
    ['已走访学会', sample.filter((one) => one.state !== 'not-visited').length],
    ['发现问题', findings.total],
    ['一般问题', findings.minor],
    ['严重问题', findings.major],
    ['整改事项', rectification.items],
    ['已销号', rectification.accepted],
    ['已报告待验收', rectification.reported],
    ['已退回', rectification.returned],
    ['未整改', rectification.open],
    ['整改率', percent(rectification.rate)],
    ['逾期整改事项', rectification.overdue],
  ]);
}

/** The sample as drawn, then the societies added by name with the reason. */
export function sampleTable(report: BatchReport): Table {
  return numbered(
    [
      '抽查方式',
      '抽取顺序',
      '学会名称',
      '指定理由',
      '检查状态',
      '走访次数',
      '发现问题',
      '其中严重',
      '整改事项',
      '已销号',
      '逾期',
    ],
    report.sample.map((one) => [
      HOW_LABELS[one.how],
      one.drawOrder,
      societyName(one.name, one.societyId),
      one.reason,
      CASE_STATE_LABELS[one.state],
      one.visits,
      one.findings,
      one.majorFindings,
      one.items,
      one.accepted,
      one.overdue,
    ]),
  );
}

/** Findings by category and severity, with the sum of each column last. */
export function findingTable(report: BatchReport): Table {
  const { findings } = report;
  return {
    headers: ['问题类别', '一般', '严重', '合计'],
    rows: [
      ...findings.byCategory.map((c) => [c.category, c.minor, c.major, c.total]),
      ['合计', findings.minor, findings.major, findings.total],
    ],
  };
}

export function overdueItemTable(report: BatchReport): Table {
  return numbered(
    [
      '学会名称',
      '问题类别',
      '问题描述',
      '严重程度',
      '整改措施',
      '整改期限',
      '逾期天数',
      '整改状态',
    ],
    report.overdue.map((row) => [
      societyName(row.societyName, row.societyId),
      row.category,
      row.finding,
      SEVERITY_LABELS[row.severity],
      row.action,
      row.dueOn,
      row.daysOverdue,
      ITEM_STATUS_LABELS[row.status],
    ]),
  );
}
