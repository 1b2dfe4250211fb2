import type { StarRatingRoundStatus } from '@pb/domain';
import { figures, numbered, yesNo, type Cell, type Table } from '../reports/report-table';
import type { RatingRow, RoundReport, Totals } from './round-report';

export const ROUND_STATUS_LABELS: Readonly<Record<StarRatingRoundStatus, string>> = {
  draft: '草稿',
  open: '自评中',
  review: '初评和审议中',
  published: '已公布',
  closed: '已结束',
};

/** Stars as people write them: 0 星 … 8 星. */
const starsLabel = (stars: number | null): string | null => (stars === null ? null : `${stars}星`);

/** Lists in one cell, separated as Chinese lists are. */
const LIST_SEPARATOR = '、';

export function roundSummaryTable(report: RoundReport): Table {
  const { round, progress } = report;
  return figures([
    ['评定批次', round.title],
    ['年度', round.year],
    ['状态', ROUND_STATUS_LABELS[round.status]],
    ['公布日期', round.publishedOn],
    ['统计截至', report.asOfDate],
    ['满分', round.maximumTotal],
    ['一星至八星最低分', round.thresholds.join(LIST_SEPARATOR)],
    ['参评学会', progress.societies],
    ['已自评', progress.selfAssessed],
    ['已初评', progress.reviewed],
    ['已审议', progress.decided],
    ['已公布', progress.published],
  ]);
}

export function distributionTable(report: RoundReport): Table {
  return {
    headers: ['星级', '审议学会数', '当前学会数'],
    rows: report.distribution.map((count) => [
      starsLabel(count.stars),
      count.decided,
      count.current,
    ]),
  };
}

export function categoryAverageTable(report: RoundReport): Table {
  return {
    headers: ['类别', '满分', '自评平均分', '初评平均分'],
    rows: report.categories.map((c) => [c.category, c.maxPoints, c.self, c.reviewed]),
  };
}

/** Every society's totals and stars: the sheet the office sends upward. */
export function ratingTable(report: RoundReport): Table {
  return numbered(
    [
      '学会名称',
      '自评总分',
      '初评人数',
      '初评总分',
      '审议依据总分',
      '按标准星级',
      '审议星级',
      '与标准不同的理由',
      '是否公布',
      '当前星级',
      '是否注销',
    ],
    report.societies.map((row) => [
      row.name,
      row.self?.total ?? null,
      row.reviewCount,
      row.reviewed?.total ?? null,
      row.decided?.total ?? null,
      starsLabel(row.defaultStars),
      starsLabel(row.decidedStars),
      row.reason,
      yesNo(row.published),
      starsLabel(row.currentStars),
      yesNo(row.deregistered),
    ]),
  );
}

/** Every society's points per category: self, reviewed and decided side by side. */
export function categoryPointsTable(report: RoundReport): Table {
  const categories = report.categories.slice(0, -1).map((c) => c.category);
  const stages: readonly [string, (row: RatingRow) => Totals | null][] = [
    ['自评', (row) => row.self],
    ['初评', (row) => row.reviewed],
    ['审议', (row) => row.decided],
  ];
  return numbered(
    [
      '学会名称',
      ...categories.flatMap((category) => stages.map(([stage]) => `${category}（${stage}）`)),
    ],
    report.societies.map((row): Cell[] => [
      row.name,
      ...categories.flatMap((category) =>
        stages.map(([, totals]) => totals(row)?.byCategory[category] ?? null),
      ),
    ]),
  );
}

export function differenceTable(report: RoundReport): Table {
  return numbered(
    ['学会名称', '自评总分', '初评总分', '差值（自评−初评）'],
    report.differences.map((d) => [d.name, d.selfTotal, d.reviewedTotal, d.difference]),
  );
}
