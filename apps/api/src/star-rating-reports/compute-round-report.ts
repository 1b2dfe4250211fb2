import { compareChinese, compareCodeUnits, inChineseOrder, round as roundTo } from '@pb/common';
import { MAX_STARS, starsOn, type CategoryTotals } from '@pb/domain';
import type { RatingRoundView, StarRatingView } from '@pb/projections';
import { dateIn, type ReportMoment } from '../reports/report-clock';
import { requireSocieties, type NamedSociety } from '../reports/report-societies';
import {
  DIFFERENCES_LISTED,
  TOTAL,
  type CategoryAverage,
  type DifferenceRow,
  type RatingRow,
  type RoundReport,
  type RoundReportInput,
  type StarCount,
  type Totals,
} from './round-report';

/**
 * A star rating round's report, computed from level-1 read models. Pure: the views must
 * already reflect the as-of moment; `asOf` only sets the day current stars are read on.
 */
export function computeRoundReport(input: RoundReportInput, options: ReportMoment): RoundReport {
  const { round } = input;
  const asOfDate = dateIn(options.asOf, options.timeZone);
  // The input should hold this round only; filtering keeps a careless caller honest.
  const ratings = input.ratings.filter((rating) => rating.roundId === round.roundId);
  const societies = requireSocieties(
    ratings.map((rating) => rating.societyId),
    input.societies,
    'the round’s ratings',
  );
  const published = new Set(round.publishedSocietyIds);
  const rows = inChineseOrder(
    ratings.map((rating) =>
      ratingRow(rating, societies.get(rating.societyId) as NamedSociety, {
        round,
        published: published.has(rating.societyId),
        asOfDate,
      }),
    ),
    (row) => row.name,
    (row) => row.societyId,
  );
  return {
    round: {
      id: round.roundId,
      year: round.year,
      title: round.title,
      status: round.status,
      publishedOn: round.publishedOn,
      maximumTotal: round.maximumTotal,
      thresholds: round.thresholds,
    },
    asOf: options.asOf.toISOString(),
    asOfDate,
    progress: {
      societies: ratings.length,
      selfAssessed: ratings.filter((rating) => rating.selfAssessed).length,
      reviewed: ratings.filter((rating) => rating.reviewed).length,
      decided: ratings.filter((rating) => rating.decided).length,
      published: rows.filter((row) => row.published).length,
    },
    distribution: distributionOf(rows),
    categories: averagesOf(round, ratings),
    societies: rows,
    differences: differencesOf(rows),
  };
}

/** Reviewed points are means: shown to 2 decimals, as the sheets print them. */
function shown(totals: CategoryTotals | null): Totals | null {
  if (totals === null) return null;
  const byCategory = Object.fromEntries(
    Object.entries(totals.byCategory).map(([category, points]) => [category, roundTo(points, 2)]),
  );
  return { total: roundTo(totals.total, 2), byCategory };
}

function ratingRow(
  rating: StarRatingView,
  society: NamedSociety,
  context: { round: RatingRoundView; published: boolean; asOfDate: string },
): RatingRow {
  const { decision, totals } = rating;
  const differs = decision !== null && decision.stars !== decision.defaultStars;
  return {
    societyId: rating.societyId,
    name: society.name,
    deregistered: society.status === 'deregistered',
    self: shown(totals.self),
    reviewCount: rating.reviewCount,
    reviewed: shown(totals.reviewed),
    decided: shown(totals.decided),
    defaultStars: decision?.defaultStars ?? null,
    decidedStars: decision?.stars ?? null,
    reason: differs ? decision.reason : null,
    published: context.published,
    currentStars: starsOn(rating, context.round, context.asOfDate),
  };
}

function distributionOf(rows: readonly RatingRow[]): StarCount[] {
  return Array.from({ length: MAX_STARS + 1 }, (_, stars) => ({
    stars,
    decided: rows.filter((row) => row.decidedStars === stars).length,
    current: rows.filter((row) => row.currentStars === stars).length,
  }));
}

/** The categories in the order the criteria first name them, each with its maximum. */
function categoriesOf(round: RatingRoundView): Map<string, number> {
  const maxima = new Map<string, number>();
  for (const item of round.criteria)
    maxima.set(item.category, (maxima.get(item.category) ?? 0) + item.maxPoints);
  return maxima;
}

/** Means over the societies that have the totals, from the unrounded points. */
function averagesOf(round: RatingRoundView, ratings: readonly StarRatingView[]): CategoryAverage[] {
  const selves = ratings.flatMap((rating) => rating.totals.self ?? []);
  const reviews = ratings.flatMap((rating) => rating.totals.reviewed ?? []);
  const meanOf = (sheets: readonly CategoryTotals[], points: (sheet: CategoryTotals) => number) =>
    sheets.length === 0
      ? null
      : roundTo(sheets.reduce((sum, sheet) => sum + points(sheet), 0) / sheets.length, 2);
  const average = (category: string, maxPoints: number, points: (t: CategoryTotals) => number) => ({
    category,
    maxPoints,
    self: meanOf(selves, points),
    reviewed: meanOf(reviews, points),
  });
  return [
    ...[...categoriesOf(round)].map(([category, maxPoints]) =>
      average(category, maxPoints, (sheet) => sheet.byCategory[category] ?? 0),
    ),
    average(TOTAL, round.maximumTotal, (sheet) => sheet.total),
  ];
}

/** Societies with both totals that differ, by the size of the difference, then in zh-CN order. */
function differencesOf(rows: readonly RatingRow[]): DifferenceRow[] {
  return rows
    .flatMap((row): DifferenceRow[] => {
      if (row.self === null || row.reviewed === null) return [];
      const difference = roundTo(row.self.total - row.reviewed.total, 2);
      if (difference === 0) return [];
      const { societyId, name } = row;
      return [
        {
          societyId,
          name,
          selfTotal: row.self.total,
          reviewedTotal: row.reviewed.total,
          difference,
        },
      ];
    })
    .sort(
      (a, b) =>
        Math.abs(b.difference) - Math.abs(a.difference) ||
        compareChinese(a.name, b.name) ||
        compareCodeUnits(a.societyId, b.societyId),
    )
    .slice(0, DIFFERENCES_LISTED);
}
