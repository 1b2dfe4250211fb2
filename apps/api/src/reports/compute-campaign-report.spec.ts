import type { CampaignReport, SocietyRow } from './campaign-report';
import { CAMPAIGN, fixture } from './campaign-report.testing';
import { computeCampaignReport } from './compute-campaign-report';
import { ReportInputIncomplete } from './report-input-incomplete';
import type { ReportInput } from './campaign-report';

const report = (asOf: string, input: ReportInput = fixture()): CampaignReport =>
  computeCampaignReport(input, { asOf: new Date(asOf), timeZone: 'Asia/Shanghai' });

// 2025-04-15 10:00 in Shanghai: past the midpoint (2025-03-31), T1 (due 04-10) and T8 (due 04-01) overdue.
const MAIN = '2025-04-15T02:00:00.000Z';

const row = (r: CampaignReport, societyId: string): SocietyRow => {
  const found = r.societies.find((s) => s.societyId === societyId);
  if (found === undefined) throw new Error(`no row for ${societyId}`);
  return found;
};
const lights = (r: CampaignReport) =>
  Object.fromEntries(r.societies.map((s) => [s.societyId, [s.status, ...s.reasons]]));

describe('computeCampaignReport', () => {
  it('states the campaign and the as-of moment, dated in the federation time zone', () => {
    // 16:30 UTC on 31 March is already 00:30 on 1 April in Shanghai.
    const r = report('2025-03-31T16:30:00.000Z');
    expect(r.campaign).toEqual({
      id: CAMPAIGN,
      title: '学习贯彻全会精神宣讲暨“我为群众办实事”',
      status: 'launched',
      startsOn: '2025-03-01',
      endsOn: '2025-04-30',
      targets: { lecturesPerSociety: 1, serviceTasksPerSociety: 2 },
      issuedBy: '中共天津市科协科技社团委员会',
      issuedOn: '2025-02-20',
      documentNumber: '津科协社党发〔2025〕3号',
    });
    expect(r.asOf).toBe('2025-03-31T16:30:00.000Z');
    expect(r.asOfDate).toBe('2025-04-01');
    expect(
      computeCampaignReport(fixture(), { asOf: new Date(r.asOf), timeZone: 'UTC' }).asOfDate,
    ).toBe('2025-03-31');
  });

  it('counts every total over the societies currently assigned and registered', () => {
    expect(report(MAIN).totals).toEqual({
      societiesAssigned: 5, // s1 s2 s3 s4 s5; s6 withdrawn, s7 deregistered, s8 s9 never assigned
      societiesCovered: 3, // s1 (L1), s2 (L2), s4 (L5 returned but still delivered, L6)
      coverage: 0.6, // 3 / 5
      lecturesScheduled: 2, // L3, L4 (rescheduled, still scheduled)
      lecturesDelivered: 4, // L1, L2, L5, L6; L8 (withdrawn s6), L9 (deregistered s7), L10 (c2) left out
      lecturesConfirmed: 2, // L2, L6
      lecturesCancelled: 1, // L7
      audience: 230, // L1 30+50, L2 revised 40+60 (not 100+200), L5 20+5, L6 10+15 = 80+100+25+25
      tasks: {
        proposed: 2, // T5, T6
        inProgress: 5, // T1, T8, T9, T10, T11 (reopened by its rating of 1)
        completed: 1, // T2
        evaluated: 2, // T3, T4
        cancelled: 1, // T7
        total: 11, // T1..T11; T12 (s6), T13 (s7), T14 (s8), T15 (c2) left out
      },
      overdueTasks: 2, // T8 due 04-01, T1 due 04-10; T10 is due on the as-of date itself
      escalatedTasks: 2, // T6 (proposed), T8 (in progress); T7's escalation ended with its cancellation
      completionRate: 0.3, // (1 + 2) / (11 - 1)
      evaluationRate: 0.6667, // 2 / (1 + 2)
      averageRating: 3, // T3 2 and 5, T4 4, T11 1: (2 + 5 + 4 + 1) / 4, unsatisfied ones included
      beneficiaries: 550, // T2 120 + T3 350 (its second completion) + T4 80; T11 reopened, not counted
      status: { red: 3, yellow: 1, green: 1 }, // red s1 s3 s5, yellow s4, green s2
    });
  });

  it('gives a row per society in zh-CN order: 阿 before 北 before 陈 before 天 before 新', () => {
    const r = report(MAIN);
    expect(r.societies.map((s) => s.name)).toEqual([
      '阿尔茨海默病防治协会',
      '北京市物理学会',
      '陈嘉庚科学研究会',
      '天津市化学会',
      '新能源汽车产业协会',
    ]);
    expect(row(r, 's3')).toEqual({
      societyId: 's3',
      name: '阿尔茨海默病防治协会',
      creditCode: '51100000500000003X',
      kind: 'association',
      liaisonId: 'm2',
      liaisonName: '李明',
      hasPartyOrganisation: false,
      lecturesScheduled: 1, // L4
      lecturesDelivered: 0,
      lecturesConfirmed: 0,
      lastDeliveredOn: null,
      audience: 0,
      tasksAccepted: 1, // T8
      tasksByState: {
        proposed: 1,
        inProgress: 1,
        completed: 0,
        evaluated: 0,
        cancelled: 1,
        total: 3,
      },
      overdueTasks: 1, // T8, 14 days
      escalatedTasks: 2, // T6, T8
      averageRating: null,
      overdueRectifications: 0,
      status: 'red',
      reasons: ['有逾期任务', '有挂牌督办任务', '过半期仍未宣讲', '宣讲未达标', '办实事未达标'],
    });
    expect(row(r, 's2')).toEqual({
      societyId: 's2',
      name: '北京市物理学会',
      creditCode: null,
      kind: 'society',
      liaisonId: 'm2', // moved from 陈红
      liaisonName: '李明',
      hasPartyOrganisation: true,
      lecturesScheduled: 1, // L3 by the expert
      lecturesDelivered: 1, // L2
      lecturesConfirmed: 1,
      lastDeliveredOn: '2025-03-11', // the revised record's date, not the first record's 03-10
      audience: 100, // 40 + 60 after the revision
      tasksAccepted: 2, // T3, T4
      tasksByState: {
        proposed: 1,
        inProgress: 0,
        completed: 0,
        evaluated: 2,
        cancelled: 0,
        total: 3,
      },
      overdueTasks: 0,
      escalatedTasks: 0,
      averageRating: 3.67, // (2 + 5 + 4) / 3 = 3.666…
      overdueRectifications: 0,
      status: 'green',
      reasons: [],
    });
    expect(row(r, 's4')).toMatchObject({
      liaisonName: '陈红',
      kind: 'research-society',
      lecturesDelivered: 2, // L5 returned for more detail, L6 confirmed
      lecturesConfirmed: 1,
      lastDeliveredOn: '2025-03-28',
      audience: 50, // 20+5 + 10+15
      tasksAccepted: 1,
    });
    expect(row(r, 's1')).toMatchObject({
      lecturesDelivered: 1,
      audience: 80, // L10 of campaign c2 (999) is not this campaign's
      tasksAccepted: 2,
      tasksByState: { inProgress: 1, completed: 1, total: 2 },
      averageRating: null, // T15's rating belongs to c2
    });
    expect(row(r, 's5')).toMatchObject({
      lecturesScheduled: 0, // L7 cancelled
      tasksAccepted: 2, // T10, T11 reopened
      averageRating: 1,
    });
  });

  it('colours each society and says why', () => {
    expect(lights(report(MAIN))).toEqual({
      s1: ['red', '有逾期任务'],
      s2: ['green'],
      s3: ['red', '有逾期任务', '有挂牌督办任务', '过半期仍未宣讲', '宣讲未达标', '办实事未达标'],
      s4: ['yellow', '办实事未达标'],
      s5: ['red', '过半期仍未宣讲', '宣讲未达标'],
    });
  });

  it('turns an uncovered society red only once the as-of date passes the midpoint', () => {
    // Midpoint 2025-03-01 + 60 / 2 days = 2025-03-31. 15:59:59 UTC is 23:59:59 on 03-31 in Shanghai.
    const before = report('2025-03-31T15:59:59.000Z');
    const after = report('2025-03-31T16:00:00.000Z');
    expect(before.asOfDate).toBe('2025-03-31');
    expect(after.asOfDate).toBe('2025-04-01');
    expect(lights(before)).toEqual({
      s1: ['green'], // T1 not yet due
      s2: ['green'],
      s3: ['red', '有挂牌督办任务', '宣讲未达标', '办实事未达标'], // escalated, whatever the date
      s4: ['yellow', '办实事未达标'],
      s5: ['yellow', '宣讲未达标'],
    });
    expect(row(after, 's5').reasons).toEqual(['过半期仍未宣讲', '宣讲未达标']);
    expect(row(after, 's5').status).toBe('red');
    expect(before.totals.status).toEqual({ red: 1, yellow: 2, green: 2 });
    expect(after.totals.status).toEqual({ red: 2, yellow: 1, green: 2 });
  });

  it('makes a task overdue the day after its due date, in the federation time zone', () => {
    // T1 is due 2025-04-10: still on time through that whole day in Shanghai.
    const onTheDay = report('2025-04-10T15:59:59.000Z');
    const dayAfter = report('2025-04-10T16:00:00.000Z');
    expect(onTheDay.overdue.map((o) => [o.taskId, o.daysOverdue])).toEqual([['T8', 9]]);
    expect(dayAfter.overdue.map((o) => [o.taskId, o.daysOverdue])).toEqual([
      ['T8', 10],
      ['T1', 1],
    ]);
    expect(row(onTheDay, 's1').status).toBe('green');
    expect(row(dayAfter, 's1')).toMatchObject({ status: 'red', overdueTasks: 1 });
    expect(onTheDay.totals.overdueTasks).toBe(1);
    expect(dayAfter.totals.overdueTasks).toBe(2);
  });

  it('lists the overdue tasks longest first and the open escalations', () => {
    const r = report(MAIN);
    expect(r.overdue).toEqual([
      {
        taskId: 'T8',
        societyId: 's3',
        societyName: '阿尔茨海默病防治协会',
        title: '为地方学会协调办公场地',
        dueOn: '2025-04-01',
        daysOverdue: 14, // 04-01 → 04-15
        escalated: true,
      },
      {
        taskId: 'T1',
        societyId: 's1',
        societyName: '天津市化学会',
        title: '为青年科技工作者开展职称申报辅导',
        dueOn: '2025-04-10',
        daysOverdue: 5, // 04-10 → 04-15
        escalated: false,
      },
    ]);
    // Same society: by title, 为地方… (di) before 为会员… (hui).
    expect(r.escalated).toEqual([
      {
        taskId: 'T8',
        societyId: 's3',
        societyName: '阿尔茨海默病防治协会',
        title: '为地方学会协调办公场地',
        dueOn: '2025-04-01',
        reason: '逾期未办',
      },
      {
        taskId: 'T6',
        societyId: 's3',
        societyName: '阿尔茨海默病防治协会',
        title: '为会员开通继续教育学时登记',
        dueOn: null,
        reason: '群众反映强烈，长期未受理',
      },
    ]);
  });

  it('gives a row per current liaison, counting the societies they liaise with now', () => {
    expect(report(MAIN).liaisons).toEqual([
      {
        memberId: 'm2',
        name: '李明',
        position: 'deputy-secretary',
        societies: 3, // s2 (moved in), s3, s5; s7 deregistered does not count
        covered: 1, // s2, though 陈红 gave its lecture
        coverage: 0.3333, // 1 / 3
        lecturesDelivered: 1,
        lecturesConfirmed: 1,
        audience: 100,
        tasksAccepted: 5, // s2 2 + s3 1 + s5 2
        overdueTasks: 1, // T8
      },
      {
        memberId: 'm1',
        name: '陈红', // a 委员 after a 副书记, though chen comes before li
        position: 'member',
        societies: 2, // s1, s4 (s2 moved away, s6 withdrawn)
        covered: 2,
        coverage: 1,
        lecturesDelivered: 3, // s1 1 + s4 2
        lecturesConfirmed: 1, // L6
        audience: 130, // 80 + 50
        tasksAccepted: 3, // s1 2 + s4 1
        overdueTasks: 1, // T1
      },
    ]);
  });

  it('lists deregistered, unassigned and missing-work societies apart', () => {
    const r = report(MAIN);
    expect(r.deregistered).toEqual([
      { societyId: 's7', name: '江西省林学会', liaisonId: 'm2', liaisonName: '李明' },
    ]);
    // s6 withdrawn, s8 assigned only in c2; s9 is deregistered and shows nowhere. fu before hu.
    expect(r.unassigned).toEqual([
      { societyId: 's6', name: '福建省茶叶学会', kind: 'society' },
      { societyId: 's8', name: '湖南省数学会', kind: 'society' },
    ]);
    expect(r.missingLecture.map((m) => [m.name, m.liaisonName])).toEqual([
      ['阿尔茨海默病防治协会', '李明'],
      ['新能源汽车产业协会', '李明'],
    ]);
    expect(r.missingTasks).toEqual([
      {
        societyId: 's3',
        name: '阿尔茨海默病防治协会',
        liaisonId: 'm2',
        liaisonName: '李明',
        tasksAccepted: 1,
      },
      {
        societyId: 's4',
        name: '陈嘉庚科学研究会',
        liaisonId: 'm1',
        liaisonName: '陈红',
        tasksAccepted: 1,
      },
    ]);
  });

  it('keeps the totals equal to the sum of the society rows and of the liaison rows', () => {
    for (const asOf of ['2025-03-01T00:00:00Z', MAIN, '2025-06-01T00:00:00Z']) {
      const r = report(asOf);
      for (const field of ['lecturesDelivered', 'lecturesConfirmed', 'audience'] as const) {
        const bySociety = r.societies.reduce((n, s) => n + s[field], 0);
        const byLiaison = r.liaisons.reduce((n, l) => n + l[field], 0);
        expect([bySociety, byLiaison]).toEqual([r.totals[field], r.totals[field]]);
      }
      expect(r.liaisons.reduce((n, l) => n + l.overdueTasks, 0)).toBe(r.totals.overdueTasks);
      expect(r.liaisons.reduce((n, l) => n + l.societies, 0)).toBe(r.totals.societiesAssigned);
      expect(r.overdue).toHaveLength(r.totals.overdueTasks);
      expect(r.escalated).toHaveLength(r.totals.escalatedTasks);
    }
  });

  it('reads a campaign without targets or dates as asking for nothing: no midpoint, no shortfall', () => {
    const input = fixture();
    const draft = {
      ...input,
      campaign: {
        ...input.campaign,
        status: 'draft' as const,
        targets: null,
        startsOn: null,
        endsOn: null,
      },
    };
    const r = report(MAIN, draft);
    expect(r.campaign.targets).toBeNull();
    expect(lights(r)).toEqual({
      s1: ['red', '有逾期任务'],
      s2: ['green'],
      s3: ['red', '有逾期任务', '有挂牌督办任务'],
      s4: ['green'],
      s5: ['green'], // uncovered, but there is no midpoint to be past and no lecture target
    });
    expect(r.missingTasks).toEqual([]);
    expect(r.missingLecture.map((m) => m.societyId)).toEqual(['s3', 's5']);
  });

  it('gives null rates and no average when there is nothing to divide', () => {
    const input = fixture();
    const r = report(MAIN, { ...input, assignments: [], lectures: [], tasks: [] });
    expect(r.totals).toMatchObject({
      societiesAssigned: 0,
      coverage: null,
      completionRate: null,
      evaluationRate: null,
      averageRating: null,
      status: { red: 0, yellow: 0, green: 0 },
    });
    expect(r.unassigned).toHaveLength(7); // every registered society
    expect(r.liaisons).toEqual([]);
  });

  it('orders namesakes by id so the order never wobbles', () => {
    const input = fixture();
    const r = report(MAIN, {
      ...input,
      members: input.members.map((m) =>
        m.memberId === 'm1' ? { ...m, name: '李明', position: 'deputy-secretary' as const } : m,
      ),
    });
    expect(r.liaisons.map((l) => l.memberId)).toEqual(['m1', 'm2']);
  });

  it('refuses input that lacks a society or a liaison of a current assignment', () => {
    const input = fixture();
    const withoutLiaison = { ...input, members: input.members.filter((m) => m.memberId !== 'm2') };
    expect(() => report(MAIN, withoutLiaison)).toThrow(ReportInputIncomplete);
    expect(() => report(MAIN, withoutLiaison)).toThrow(/members m2/);
    const withoutSociety = {
      ...input,
      societies: input.societies.filter((s) => s.societyId !== 's4'),
    };
    expect(() => report(MAIN, withoutSociety)).toThrow(/societies s4/);
  });
});
