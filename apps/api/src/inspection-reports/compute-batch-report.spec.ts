import type { BatchReportInput } from './batch-report';
import { batchFixture, batchView } from './batch-report.testing';
import { computeBatchReport } from './compute-batch-report';

const at = (instant: string, input: BatchReportInput = batchFixture()) =>
  computeBatchReport(input, { asOf: new Date(instant), timeZone: 'Asia/Shanghai' });

// 2026-07-15 10:00 in Shanghai.
const REPORT = at('2026-07-15T02:00:00.000Z');

describe('computeBatchReport', () => {
  it('describes the batch and what its draw recorded', () => {
    expect(REPORT.asOfDate).toBe('2026-07-15');
    expect(REPORT.batch).toMatchObject({
      id: 'batch-1',
      title: '2026年第一批学会党委督导抽查',
      focus: ['学习宣传贯彻', '党委工作和议事制度'],
      status: 'drawn',
      plannedSampleSize: 4,
      inspectorIds: ['m1', 'm2'],
      draw: {
        populationSize: 9,
        sampleSize: 4,
        seed: 'a1b2c3d4e5f60718',
        algorithm: 'splitmix64-fisher-yates-v1',
      },
      closedAt: null,
    });
  });

  it('lists the sample as drawn, then the society added with its reason, each with its figures', () => {
    const rows = REPORT.sample.map((s) => [
      s.name,
      s.how,
      s.drawOrder,
      s.reason,
      s.state,
      s.visits,
      s.findings,
      s.majorFindings,
      s.items,
      s.accepted,
      s.overdue,
    ]);
    // Overdue on 07-15: I2 (q3, due 06-30, reported but not accepted), I4 (q1, 05-31), I6 (q5, 07-14).
    expect(rows).toEqual([
      ['新能源汽车产业协会', 'drawn', 1, null, 'open', 1, 2, 1, 3, 1, 1],
      ['天津市化学会', 'drawn', 2, null, 'open', 1, 1, 0, 1, 0, 1],
      ['阿尔茨海默病防治协会', 'drawn', 3, null, 'closed', 1, 1, 1, 1, 1, 0],
      ['北京市物理学会', 'drawn', 4, null, 'not-visited', 0, 0, 0, 0, 0, 0],
      ['湖南省数学会', 'added', null, '群众来信反映问题', 'open', 1, 1, 0, 2, 0, 1],
    ]);
  });

  it('counts the findings by severity and by category in zh-CN order', () => {
    // Minor: F1, F3, F5; major: F2, F4. The batch-0 finding F9 is not this batch's.
    // 党 (dǎng) < 前 (qián) < 学 (xué).
    expect(REPORT.findings).toEqual({
      minor: 3,
      major: 2,
      total: 5,
      byCategory: [
        { category: '党委工作和议事制度', minor: 1, major: 1, total: 2 },
        { category: '前置审议“三重一大”', minor: 0, major: 1, total: 1 },
        { category: '学习宣传贯彻', minor: 2, major: 0, total: 2 },
      ],
    });
  });

  it('gives the rectification rate as accepted items over all items, with the numbers', () => {
    // I1..I7: accepted I1, I5; reported I2; returned I4; open I3, I6, I7. 2 / 7 = 0.285714…
    expect(REPORT.rectification).toEqual({
      items: 7,
      open: 3,
      reported: 1,
      returned: 1,
      accepted: 2,
      rate: 0.2857,
      overdue: 3,
    });
  });

  it('lists the overdue items, longest first, with society, finding, action and due date', () => {
    // 05-31 → 07-15 = 45 days; 06-30 → 07-15 = 15; 07-14 → 07-15 = 1. I7 is due today: not yet.
    expect(REPORT.overdue).toEqual([
      {
        societyId: 'q1',
        societyName: '天津市化学会',
        findingId: 'F3',
        category: '学习宣传贯彻',
        finding: '学习记录不全',
        severity: 'minor',
        itemId: 'I4',
        action: '补齐学习记录',
        dueOn: '2026-05-31',
        daysOverdue: 45,
        status: 'returned',
      },
      expect.objectContaining({ itemId: 'I2', daysOverdue: 15, status: 'reported' }),
      expect.objectContaining({ itemId: 'I6', societyName: '湖南省数学会', daysOverdue: 1 }),
    ]);
  });

  it('reads overdue against the date in the federation’s time zone, not in UTC', () => {
    // 2026-06-30T16:30Z is 06-30 in UTC but 07-01 00:30 in Shanghai: I2, due 06-30, is overdue.
    const early = at('2026-06-30T16:30:00.000Z');
    expect(early.asOfDate).toBe('2026-07-01');
    expect(early.overdue.map((o) => [o.itemId, o.daysOverdue])).toEqual([
      ['I4', 31],
      ['I2', 1],
    ]);
    expect(early.rectification.overdue).toBe(2);
  });

  it('answers a batch not yet drawn with an empty sample and a rate over nothing as null', () => {
    const planned = { ...batchView([], []), status: 'planned' as const, draw: null };
    const report = at('2026-07-15T02:00:00.000Z', { batch: planned, cases: [], societies: [] });
    expect(report.batch.draw).toBeNull();
    expect(report.sample).toEqual([]);
    expect(report.rectification).toMatchObject({ items: 0, rate: null, overdue: 0 });
    expect(report.findings).toEqual({ minor: 0, major: 0, total: 0, byCategory: [] });
  });

  it('lists a sampled society the register does not know, without a name, rather than lose it', () => {
    const input = batchFixture();
    const unknown = { ...input, societies: input.societies.filter((s) => s.societyId !== 'q2') };
    const report = at('2026-07-15T02:00:00.000Z', unknown);
    expect(report.sample[3]).toMatchObject({ societyId: 'q2', name: null, drawOrder: 4 });
    expect(report.sample).toHaveLength(5);
  });
});
