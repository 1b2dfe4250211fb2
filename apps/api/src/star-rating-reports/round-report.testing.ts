import type { CriterionItem, StarRatingEvent, StarRatingRoundEvent } from '@pb/domain';
import {
  ratingRoundProjection,
  starRatingProjection,
  type RatingRoundView,
  type StarRatingView,
} from '@pb/projections';
import { replay, society } from '../reports/report-views.testing';
import type { RoundReportInput } from './round-report';

/** Two items in 组织建设, so that a category's points are summed over its items: 100 in all. */
export const CRITERIA: CriterionItem[] = [
  { code: 'A1', category: '组织建设', description: '党组织按期换届', maxPoints: 12 },
  { code: 'A2', category: '组织建设', description: '党员教育管理', maxPoints: 8 },
  { code: 'B1', category: '思想政治引领', description: '学习宣传贯彻', maxPoints: 30 },
  { code: 'C1', category: '作用发挥', description: '前置审议“三重一大”事项', maxPoints: 30 },
  { code: 'D1', category: '制度建设', description: '党委工作和议事制度', maxPoints: 20 },
];
export const THRESHOLDS = [30, 40, 50, 60, 70, 80, 90, 95];
export const ROUND = 'round-1';

const items = (points: readonly number[]) =>
  CRITERIA.map(({ code, category }, i) => ({ code, category, points: points[i] ?? 0 }));
const total = (points: readonly number[]) => points.reduce((a, b) => a + b, 0);

type Step = (ids: { ratingId: string; roundId: string; societyId: string }) => StarRatingEvent;

export const selfAssess =
  (...points: number[]): Step =>
  (ids) => ({
    type: 'SelfAssessmentSubmitted',
    data: {
      ...ids,
      authorId: `secretary-${ids.societyId}`,
      items: items(points).map((item) => ({ ...item, note: null, evidence: [] })),
      total: total(points),
    },
  });
export const review =
  (reviewerId: string, ...points: number[]): Step =>
  (ids) => ({
    type: 'StarRatingReviewSubmitted',
    data: { ...ids, reviewerId, items: items(points), total: total(points), comment: null },
  });
export const decide =
  (
    stars: number,
    defaultStars: number | null,
    reviewedTotal: number | null,
    reason?: string,
  ): Step =>
  (ids) => ({
    type: 'StarsDecided',
    data: { ...ids, stars, defaultStars, reviewedTotal, reason: reason ?? null },
  });
export const adjust =
  (stars: number, previousStars: number, effectiveOn: string): Step =>
  (ids) => ({
    type: 'StarsAdjusted',
    data: { ...ids, stars, previousStars, reason: '组织生活记录不全', effectiveOn },
  });
export const withdraw =
  (previousStars: number, effectiveOn: string): Step =>
  (ids) => ({
    type: 'StarsWithdrawn',
    data: { ...ids, previousStars, reason: '党组织未按期换届', effectiveOn },
  });

export function rating(roundId: string, societyId: string, ...steps: Step[]): StarRatingView[] {
  const ids = { ratingId: `${roundId}.${societyId}`, roundId, societyId };
  return replay(
    starRatingProjection,
    `star-rating-${ids.ratingId}`,
    steps.map((step) => step(ids)),
  );
}

export function roundView(publishedSocietyIds: string[]): RatingRoundView {
  const roundId = ROUND;
  const events: StarRatingRoundEvent[] = [
    {
      type: 'StarRatingRoundDrafted',
      data: {
        roundId,
        year: 2025,
        title: '2025年度星级学会党组织评定',
        criteria: CRITERIA,
        thresholds: THRESHOLDS,
      },
    },
    { type: 'StarRatingRoundOpened', data: { roundId } },
    { type: 'StarRatingReviewStarted', data: { roundId } },
    {
      type: 'StarRatingRoundPublished',
      data: { roundId, publishedOn: '2026-03-20', societyIds: publishedSocietyIds },
    },
  ];
  const [view] = replay(ratingRoundProjection, `rating-round-${roundId}`, events);
  return view as RatingRoundView;
}

/**
 * A round of seven societies, the figures worked out in compute-round-report.spec.ts.
 * Points are given item by item: A1, A2 (both 组织建设), B1, C1, D1.
 *
 *   r1 天津市化学会          self 83, reviews 72 and 71, decided 5 by the thresholds, adjusted to 4 from 06-01
 *   r2 北京市物理学会        self 93, reviews 90 and 86, thresholds 6, decided 7 with a reason, withdrawn from 09-01
 *   r3 阿尔茨海默病防治协会  self 70, reviews 64 and 62, decided 4 = the thresholds, a reason given anyway
 *   r4 陈嘉庚科学研究会      nothing submitted, decided 0
 *   r5 新能源汽车产业协会    self 50 only
 *   r6 湖南省数学会          self 100, one review 50, decided 3
 *   r7 福建省茶叶学会        self 40 = review 40, decided 2; the society deregistered since
 * The round published r1, r2, r3, r4, r6 and r7 on 2026-03-20. A rating of r1 in another
 * round leaks in on purpose and must be ignored.
 */
export function roundFixture(): RoundReportInput {
  return {
    round: roundView(['r1', 'r2', 'r3', 'r4', 'r6', 'r7']),
    ratings: [
      ...rating(
        ROUND,
        'r1',
        selfAssess(10, 8, 25, 24, 16),
        review('m1', 9, 7, 22, 20, 14),
        review('m2', 8, 7, 21, 20, 15),
        decide(5, 5, 71.5),
        adjust(4, 5, '2026-06-01'),
      ),
      ...rating(
        ROUND,
        'r2',
        selfAssess(12, 8, 28, 27, 18),
        review('m1', 11, 8, 27, 26, 18),
        review('m3', 10, 8, 26, 25, 17),
        decide(7, 6, 88, '科普工作成效突出，经审议提升一星'),
        withdraw(7, '2026-09-01'),
      ),
      ...rating(
        ROUND,
        'r3',
        selfAssess(9, 6, 20, 20, 15),
        review('m2', 8, 6, 18, 18, 14),
        review('m3', 8, 6, 18, 18, 12),
        decide(4, 4, 63, '材料齐全'),
      ),
      ...rating(ROUND, 'r4', decide(0, 0, null)),
      ...rating(ROUND, 'r5', selfAssess(6, 4, 15, 15, 10)),
      ...rating(
        ROUND,
        'r6',
        selfAssess(12, 8, 30, 30, 20),
        review('m1', 6, 4, 15, 15, 10),
        decide(3, 3, 50),
      ),
      ...rating(
        ROUND,
        'r7',
        selfAssess(6, 4, 10, 10, 10),
        review('m2', 6, 4, 10, 10, 10),
        decide(2, 2, 40),
      ),
      ...rating('round-0', 'r1', selfAssess(12, 8, 30, 30, 20), decide(8, 8, 100)),
    ],
    societies: [
      ...society('r1', '天津市化学会', 'society', 'branch'),
      ...society('r2', '北京市物理学会', 'society', 'committee'),
      ...society('r3', '阿尔茨海默病防治协会', 'association', 'branch'),
      ...society('r4', '陈嘉庚科学研究会', 'research-society', 'general-branch'),
      ...society('r5', '新能源汽车产业协会', 'association', 'joint-branch'),
      ...society('r6', '湖南省数学会', 'society', 'branch'),
      ...society('r7', '福建省茶叶学会', 'society', 'branch', true),
      ...society('r8', '河北省药学会', 'society', 'branch'),
    ],
  };
}
