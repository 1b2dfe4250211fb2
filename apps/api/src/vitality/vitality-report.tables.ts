import { VITALITY_COMPONENTS } from '@pb/domain';
import type { VitalityComponentName, VitalityWeights } from '@pb/projections';
import { figures, type Cell, type Table } from '../reports/report-table';
import type { VitalityRankingReport, VitalityRow } from './compute-vitality';

export const COMPONENT_LABELS: Readonly<Record<VitalityComponentName, string>> = {
  lifeCompleteness: '组织生活完成率',
  attendance: '出席率',
  lectures: '宣讲',
  serviceTasks: '服务任务',
  rectifications: '整改销号',
  stars: '星级',
};

const INPUT_LABELS: Readonly<Record<string, string>> = {
  met: '已开展次数',
  slots: '应开展次数',
  present: '实到人次',
  expected: '应到人次',
  delivered: '已宣讲场次',
  target: '目标数',
  completed: '已办结任务',
  evaluated: '已评价任务',
  meanRating: '平均评分',
  due: '到期整改项',
  acceptedOnTime: '按期销号',
  stars: '当前星级',
  outOf: '满星',
};

/** A component's inputs in one cell: 已开展次数 6；应开展次数 8. */
function inputsText(inputs: Readonly<Record<string, number | null>>): string {
  return Object.entries(inputs)
    .map(([name, value]) => `${INPUT_LABELS[name] ?? name} ${value ?? '无'}`)
    .join('；');
}

const pointsOf = (row: VitalityRow, component: VitalityComponentName): Cell =>
  row.components.find((c) => c.component === component)?.points ?? null;

/** 活力排名: rank, name, score, then each component's points under its name and weight. */
export function rankingTable(report: VitalityRankingReport): Table {
  const weights: VitalityWeights = report.weights;
  return {
    headers: [
      '排名',
      '学会名称',
      '得分',
      ...VITALITY_COMPONENTS.map((c) => `${COMPONENT_LABELS[c]}（${weights[c]}分）`),
    ],
    rows: report.ranking.map((row) => [
      row.rank,
      row.name,
      row.score,
      ...VITALITY_COMPONENTS.map((c) => pointsOf(row, c)),
    ]),
  };
}

/** 得分明细: one row per society and component, with what the points were worked out from. */
export function componentTable(report: VitalityRankingReport): Table {
  return {
    headers: ['排名', '学会名称', '指标', '权重', '计算依据', '比率', '得分'],
    rows: report.ranking.flatMap((row) =>
      row.components.map((c) => [
        row.rank,
        row.name,
        COMPONENT_LABELS[c.component],
        c.weight,
        inputsText(c.inputs),
        c.ratio,
        c.points,
      ]),
    ),
  };
}

export function vitalitySummaryTable(report: VitalityRankingReport): Table {
  return figures([
    ['统计期间', report.period.label],
    ['统计截至', report.asOfDate],
    ['参加排名的学会', report.ranking.length],
    ['权重', report.weightsAreDefault ? '默认权重' : '年度设定'],
    ...VITALITY_COMPONENTS.map((c): [string, Cell] => [
      `${COMPONENT_LABELS[c]}权重`,
      report.weights[c],
    ]),
  ]);
}
