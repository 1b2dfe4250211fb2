import { CAMPAIGN, fixture } from './campaign-report.testing';
import { computeCampaignReport } from './compute-campaign-report';
import { ReportInputIncomplete } from './report-input-incomplete';
import { lecture, task } from './report-views.testing';

const AS_OF = { asOf: new Date('2025-04-15T02:00:00.000Z'), timeZone: 'Asia/Shanghai' };
const NONE = { scheduled: 0, delivered: 0, confirmed: 0, cancelled: 0, total: 0 };
const NO_TASKS = { proposed: 0, inProgress: 0, completed: 0, evaluated: 0, cancelled: 0, total: 0 };

describe('computeCampaignReport, excluded work', () => {
  it('lists the work of withdrawn, never-assigned and deregistered societies apart, each with its reason', () => {
    const r = computeCampaignReport(fixture(), AS_OF);
    expect(r.excludedWork).toEqual({
      lectures: 2, // L8 (s6), L9 (s7); L10 belongs to c2
      tasks: 3, // T12 (s6), T13 (s7), T14 (s8); T15 belongs to c2
      societies: [
        {
          societyId: 's6',
          name: '福建省茶叶学会',
          reason: 'withdrawn',
          lectures: { ...NONE, delivered: 1, total: 1 },
          tasks: { ...NO_TASKS, evaluated: 1, total: 1 },
        },
        {
          societyId: 's8',
          name: '湖南省数学会',
          reason: 'unassigned',
          lectures: NONE,
          tasks: { ...NO_TASKS, proposed: 1, total: 1 },
        },
        {
          societyId: 's7',
          name: '江西省林学会',
          reason: 'deregistered',
          lectures: { ...NONE, delivered: 1, confirmed: 1, total: 1 },
          tasks: { ...NO_TASKS, inProgress: 1, total: 1 },
        },
      ],
    });
  });

  it('accounts for every lecture and task of the campaign: counted or excluded', () => {
    const input = fixture();
    const r = computeCampaignReport(input, AS_OF);
    const ofCampaign = <T extends { campaignId: string | null }>(items: readonly T[]) =>
      items.filter((item) => item.campaignId === CAMPAIGN).length;
    const { lecturesScheduled, lecturesDelivered, lecturesCancelled } = r.totals;
    expect(
      lecturesScheduled + lecturesDelivered + lecturesCancelled + r.excludedWork.lectures,
    ).toBe(ofCampaign(input.lectures));
    expect(r.totals.tasks.total + r.excludedWork.tasks).toBe(ofCampaign(input.tasks));
  });

  it('lists nothing when all the work is in assigned societies', () => {
    const input = fixture();
    const counted = new Set(['s1', 's2', 's3', 's4', 's5']);
    const r = computeCampaignReport(
      {
        ...input,
        lectures: input.lectures.filter((l) => counted.has(l.societyId)),
        tasks: input.tasks.filter((t) => counted.has(t.societyId)),
      },
      AS_OF,
    );
    expect(r.excludedWork).toEqual({ lectures: 0, tasks: 0, societies: [] });
  });

  it('refuses work in a society the views do not know rather than drop it unnamed', () => {
    const input = fixture();
    const stray = {
      ...input,
      lectures: [...input.lectures, ...lecture(CAMPAIGN, 'L99', 'sX', 'm1')],
      tasks: [...input.tasks, ...task(CAMPAIGN, 'T99', 'sY', '为会员办实事')],
    };
    expect(() => computeCampaignReport(stray, AS_OF)).toThrow(ReportInputIncomplete);
    expect(() => computeCampaignReport(stray, AS_OF)).toThrow(/societies sX, sY/);
  });
});
