import { ReportInputIncomplete } from '../reports/report-input-incomplete';
import { society } from '../reports/report-views.testing';
import { computeRoundReport } from './compute-round-report';
import type { RoundReportInput } from './round-report';
import {
  decide,
  rating,
  review,
  ROUND,
  roundFixture,
  roundView,
  selfAssess,
} from './round-report.testing';

const at = (instant: string, input: RoundReportInput = roundFixture()) =>
  computeRoundReport(input, { asOf: new Date(instant), timeZone: 'Asia/Shanghai' });

// 2026-06-30T18:00Z is 2026-07-01 02:00 in Shanghai: the report's date is 07-01.
const REPORT = at('2026-06-30T18:00:00.000Z');
const row = (societyId: string) => REPORT.societies.find((r) => r.societyId === societyId);

describe('computeRoundReport', () => {
  it('dates the report in the federation’s time zone and describes the round', () => {
    expect(REPORT.asOfDate).toBe('2026-07-01');
    expect(REPORT.round).toEqual({
      id: ROUND,
      year: 2025,
      title: '2025年度星级学会党组织评定',
      status: 'published',
      publishedOn: '2026-03-20',
      maximumTotal: 100,
      thresholds: [30, 40, 50, 60, 70, 80, 90, 95],
    });
  });

  it('counts the progress over the societies with a rating in the round only', () => {
    // r1..r7 have a rating here (r1's rating of round-0 is another round's; r8 has none).
    // Self-assessed: all but r4. Reviewed: r1, r2, r3, r6, r7. Decided and published: all but r5.
    expect(REPORT.progress).toEqual({
      societies: 7,
      selfAssessed: 6,
      reviewed: 5,
      decided: 6,
      published: 6,
    });
  });

  it('counts the societies per number of stars, decided and current on the report’s date', () => {
    // Decided: r4 0, r7 2, r6 3, r3 4, r1 5, r2 7.
    // Current on 07-01: r1 adjusted to 4 from 06-01; r2's withdrawal starts 09-01, so still 7.
    const counts = (field: 'decided' | 'current') => REPORT.distribution.map((c) => c[field]);
    expect(REPORT.distribution.map((c) => c.stars)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(counts('decided')).toEqual([1, 0, 1, 1, 1, 1, 0, 1, 0]);
    expect(counts('current')).toEqual([1, 0, 1, 1, 2, 0, 0, 1, 0]);
    // On 09-02 r2 has lost its stars; before publication nobody holds any from the round.
    expect(at('2026-09-02T04:00:00.000Z').distribution.map((c) => c.current)).toEqual([
      2, 0, 1, 1, 2, 0, 0, 0, 0,
    ]);
    expect(at('2026-03-19T04:00:00.000Z').distribution.every((c) => c.current === 0)).toBe(true);
  });

  it('averages each category over the societies that were self-assessed, and over those reviewed', () => {
    // Self (r1, r2, r3, r5, r6, r7), 组织建设 = A1 + A2:
    //   组织建设 18+20+15+10+20+10 = 93 / 6 = 15.5     思想政治引领 25+28+20+15+30+10 = 128 / 6 = 21.33
    //   作用发挥 24+27+20+15+30+10 = 126 / 6 = 21      制度建设 16+18+15+10+20+10 = 89 / 6 = 14.83
    //   总分 83+93+70+50+100+40 = 436 / 6 = 72.67
    // Reviewed (r1, r2, r3, r6, r7), each the mean of its reviewers:
    //   r1 (72, 71): 组织建设 (16+15)/2 = 15.5, 思想政治引领 21.5, 作用发挥 20, 制度建设 14.5, 总分 71.5
    //   r2 (90, 86): 18.5, 26.5, 25.5, 17.5, 88     r3 (64, 62): 14, 18, 18, 13, 63
    //   r6 (50): 10, 15, 15, 10, 50                   r7 (40): 10, 10, 10, 10, 40
    //   组织建设 68 / 5 = 13.6, 思想政治引领 91 / 5 = 18.2, 作用发挥 88.5 / 5 = 17.7,
    //   制度建设 65 / 5 = 13, 总分 312.5 / 5 = 62.5
    expect(REPORT.categories).toEqual([
      { category: '组织建设', maxPoints: 20, self: 15.5, reviewed: 13.6 },
      { category: '思想政治引领', maxPoints: 30, self: 21.33, reviewed: 18.2 },
      { category: '作用发挥', maxPoints: 30, self: 21, reviewed: 17.7 },
      { category: '制度建设', maxPoints: 20, self: 14.83, reviewed: 13 },
      { category: '总分', maxPoints: 100, self: 72.67, reviewed: 62.5 },
    ]);
  });

  it('lists every society in zh-CN order with its totals, stars and the reason only where the decision differs', () => {
    expect(REPORT.societies.map((r) => r.name)).toEqual([
      '阿尔茨海默病防治协会',
      '北京市物理学会',
      '陈嘉庚科学研究会',
      '福建省茶叶学会',
      '湖南省数学会',
      '天津市化学会',
      '新能源汽车产业协会',
    ]);
    expect(row('r2')).toEqual({
      societyId: 'r2',
      name: '北京市物理学会',
      deregistered: false,
      self: {
        total: 93,
        byCategory: { 组织建设: 20, 思想政治引领: 28, 作用发挥: 27, 制度建设: 18 },
      },
      reviewCount: 2,
      reviewed: {
        total: 88,
        byCategory: { 组织建设: 18.5, 思想政治引领: 26.5, 作用发挥: 25.5, 制度建设: 17.5 },
      },
      decided: {
        total: 88,
        byCategory: { 组织建设: 18.5, 思想政治引领: 26.5, 作用发挥: 25.5, 制度建设: 17.5 },
      },
      defaultStars: 6,
      decidedStars: 7,
      reason: '科普工作成效突出，经审议提升一星',
      published: true,
      currentStars: 7,
    });
    // r3 was decided as the thresholds give: the reason given anyway is not a difference.
    expect(row('r3')).toMatchObject({ defaultStars: 4, decidedStars: 4, reason: null });
    expect(row('r1')).toMatchObject({ decidedStars: 5, currentStars: 4 });
    expect(row('r4')).toMatchObject({
      self: null,
      reviewCount: 0,
      reviewed: null,
      decided: null,
      defaultStars: 0,
      decidedStars: 0,
      published: true,
      currentStars: 0,
    });
    expect(row('r5')).toMatchObject({
      self: { total: 50 },
      reviewed: null,
      decidedStars: null,
      published: false,
      currentStars: null,
    });
    expect(row('r7')).toMatchObject({ deregistered: true, decidedStars: 2 });
  });

  it('lists where self and review differ, the biggest first, leaving out equal totals', () => {
    // r6 100 − 50 = 50, r1 83 − 71.5 = 11.5, r3 70 − 63 = 7, r2 93 − 88 = 5; r7 40 − 40 = 0.
    expect(
      REPORT.differences.map((d) => [d.name, d.selfTotal, d.reviewedTotal, d.difference]),
    ).toEqual([
      ['湖南省数学会', 100, 50, 50],
      ['天津市化学会', 83, 71.5, 11.5],
      ['阿尔茨海默病防治协会', 70, 63, 7],
      ['北京市物理学会', 93, 88, 5],
    ]);
  });

  it('keeps the 10 largest differences, whichever the sign, ties in zh-CN order', () => {
    // Twelve societies, self 50 each, reviewed 50 + d for d = −6..−1 and 1..6: |d| 6, 6, 5, 5, …
    const ds = [-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6];
    const names = ds.map((d) => (d < 0 ? `乙学会${-d}` : `甲学会${d}`));
    const input: RoundReportInput = {
      round: roundView([]),
      ratings: ds.flatMap((d, i) =>
        rating(ROUND, `s${i}`, selfAssess(6, 4, 15, 15, 10), review('m1', 6, 4, 15 + d, 15, 10)),
      ),
      societies: ds.flatMap((_, i) => society(`s${i}`, names[i]!, 'society', 'branch')),
    };
    const differences = at('2026-07-01T00:00:00.000Z', input).differences;
    // 甲 (jiǎ) comes before 乙 (yǐ) in zh-CN order; the difference is self − reviewed = −d.
    expect(differences.map((d) => [d.name, d.difference])).toEqual([
      ['甲学会6', -6],
      ['乙学会6', 6],
      ['甲学会5', -5],
      ['乙学会5', 5],
      ['甲学会4', -4],
      ['乙学会4', 4],
      ['甲学会3', -3],
      ['乙学会3', 3],
      ['甲学会2', -2],
      ['乙学会2', 2],
    ]);
  });

  it('answers an empty round with zero counts and averages over nothing as null', () => {
    const empty = at('2026-07-01T00:00:00.000Z', {
      round: roundView([]),
      ratings: [],
      societies: [],
    });
    expect(empty.progress).toEqual({
      societies: 0,
      selfAssessed: 0,
      reviewed: 0,
      decided: 0,
      published: 0,
    });
    expect(empty.categories.every((c) => c.self === null && c.reviewed === null)).toBe(true);
    expect(empty.societies).toEqual([]);
    expect(empty.differences).toEqual([]);
  });

  it('refuses views that lack a rated society rather than lose it', () => {
    const input = roundFixture();
    const lacking = { ...input, societies: input.societies.filter((s) => s.societyId !== 'r5') };
    expect(() => at('2026-07-01T00:00:00.000Z', lacking)).toThrow(ReportInputIncomplete);
    expect(() => at('2026-07-01T00:00:00.000Z', lacking)).toThrow(/societies r5 named by/);
    // A decision alone is enough for a row: r4 above; another round's rating never is.
    const other = rating('round-0', 'r9', decide(1, 1, 30));
    expect(
      at('2026-07-01T00:00:00.000Z', { ...input, ratings: [...input.ratings, ...other] }).progress
        .societies,
    ).toBe(7);
  });
});
