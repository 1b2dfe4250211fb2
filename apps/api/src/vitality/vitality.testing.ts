import {
  campaign,
  fullBranchQuarter,
  inspection,
  lecture,
  rating,
  reportInput,
  seated,
  society,
  task,
} from '../life-reports/life-report.testing';

/*
 * The vitality of compute-vitality.spec.ts: the second quarter of 2026, read in Shanghai on
 * 30 June. 华夏学会 does most things; 安徽学会 and 北京学会 nothing (only the full
 * rectification ratio); 东莞学会 also let an item fall overdue.
 */
export const VITALITY_INPUT = reportInput({
  societies: [
    society('hx', '华夏学会', { council: seated('branch') }),
    society('ah', '安徽学会'),
    society('bj', '北京学会'),
    society('dg', '东莞学会'),
    society('gone', '已注销学会', { council: seated('branch') }, { status: 'deregistered' }),
  ],
  records: [...fullBranchQuarter('hx', ['2026-04', '2026-05', '2026-06'], 8)],
  campaigns: [
    campaign('c1', '2026-01-01', '2026-12-31', 2, 1),
    campaign('c2', '2026-04-01', '2026-06-30', 2, 1),
  ],
  assignments: [
    { campaignId: 'c1', societyId: 'hx', status: 'assigned' },
    // Withdrawn: c2's targets and lectures do not count for 华夏学会.
    { campaignId: 'c2', societyId: 'hx', status: 'withdrawn' },
  ],
  lectures: [
    lecture('hx', 'c1', 'delivered', '2026-05-10'),
    lecture('hx', 'c1', 'confirmed', '2026-06-01'),
    lecture('hx', 'c2', 'delivered', '2026-06-02'),
  ],
  tasks: [
    // Completed in the quarter; its evaluation came at 01:00 on 1 July in Shanghai.
    task('hx', 'evaluated', {
      acceptedAt: '2026-04-02T02:00:00.000Z',
      completedOn: '2026-05-20',
      evaluations: [[5, '2026-06-30T17:00:00.000Z']],
    }),
    // Completed in March; evaluated at 23:00 on 30 June in Shanghai.
    task('hx', 'evaluated', {
      acceptedAt: '2026-02-02T02:00:00.000Z',
      completedOn: '2026-03-10',
      evaluations: [[4, '2026-06-30T15:00:00.000Z']],
    }),
  ],
  inspections: [
    inspection('hx', [
      // Accepted at 23:30 on its due day in Shanghai: on time.
      ['2026-05-31', 'accepted', '2026-05-31T15:30:00.000Z'],
      // Accepted at 00:30 the day after its due day: late.
      ['2026-06-10', 'accepted', '2026-06-10T16:30:00.000Z'],
    ]),
    inspection('dg', [['2026-06-01', 'open', null]]),
  ],
  ratings: [rating('hx', 'r1', 5, [[4, '2026-07-15']])],
  rounds: [{ roundId: 'r1', publishedOn: '2026-03-20' }],
});
