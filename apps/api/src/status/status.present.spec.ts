import type {
  MemberStatusView,
  RectificationSummary,
  SocietyStatusView,
  TaskSummary,
} from '@pb/projections';
import { DEFAULT_LIFE_REQUIREMENTS } from '@pb/domain';
import { keepsSociety, type SocietyListQuery } from './status.dto';
import { presentMemberStatus, presentSocietyStatus } from './status.present';

const task = (taskId: string, status: TaskSummary['status'], dueOn: string | null = null) => ({
  taskId,
  societyId: 's1',
  campaignId: 'c1',
  status,
  dueOn,
  escalated: status === 'proposed',
});

const view = (tasks: TaskSummary[], closedTasks?: SocietyStatusView['closedTasks']) =>
  ({
    _id: 's1',
    _version: 1,
    societyId: 's1',
    name: '中国化学会',
    status: 'registered',
    hasPartyOrganisation: true,
    partyOrganisationForm: 'branch',
    campaigns: [],
    lectures: { scheduled: 0, delivered: 0, confirmed: 0, cancelled: 0 },
    lastDeliveredOn: null,
    audience: 0,
    tasks,
    ...(closedTasks ? { closedTasks } : {}),
    ratings: [],
    coveredCampaignIds: [],
    lastActivityAt: '2021-07-01T00:00:00.000Z',
  }) as SocietyStatusView;

const present = (status: SocietyStatusView, today: string) =>
  presentSocietyStatus(status, today, DEFAULT_LIFE_REQUIREMENTS, null);

describe('presentSocietyStatus', () => {
  const open = [task('t1', 'proposed'), task('t2', 'in-progress', '2021-06-30')];

  it('counts the closed tasks from their counts and lists only the open ones', () => {
    const figures = present(
      view(open, { completed: 3, evaluated: 2, cancelled: 1 }),
      '2021-07-01',
    ).serviceTasks;
    expect(figures).toEqual({
      byState: { proposed: 1, 'in-progress': 1, completed: 3, evaluated: 2, cancelled: 1 },
      open: 2,
      overdue: [{ taskId: 't2', societyId: 's1', dueOn: '2021-06-30' }],
      escalated: [{ taskId: 't1', societyId: 's1' }],
    });
  });

  it('reads a view written when every task was listed the same way', () => {
    const listed = [
      ...open,
      task('t3', 'completed'),
      task('t4', 'completed'),
      task('t5', 'completed'),
      task('t6', 'evaluated'),
      task('t7', 'evaluated'),
      task('t8', 'cancelled'),
    ];
    expect(present(view(listed), '2021-07-01').serviceTasks).toEqual(
      present(view(open, { completed: 3, evaluated: 2, cancelled: 1 }), '2021-07-01').serviceTasks,
    );
  });
});

describe('organisational life and coverage in a society’s status', () => {
  const held = (heldOn: string, kind: 'committee-meeting' | 'theme-day', present: number) => ({
    heldOn,
    kind,
    present,
    expected: 10,
  });
  // A branch at the secretariat without groups, an instructor sent on 1 July 2026.
  const withLife: SocietyStatusView = {
    ...view([]),
    life: {
      seats: { council: null, secretariat: { form: 'branch', groups: false } },
      instructorPosts: [{ since: '2026-07-01', recalledOn: null }],
      records: [
        held('2026-07-03', 'committee-meeting', 8),
        held('2026-07-03', 'theme-day', 8),
        held('2026-08-01', 'committee-meeting', 6),
      ],
    },
  };
  const onlyCommitteeMeetings = {
    ...DEFAULT_LIFE_REQUIREMENTS,
    requirements: {
      ...DEFAULT_LIFE_REQUIREMENTS.requirements,
      branch: [{ kind: 'committee-meeting', per: 'month', count: 1 }],
    },
  } as const;

  it('reads this quarter’s life against the year’s table, and how the society is covered today', () => {
    // July and August begun: 2 monthly kinds × 2 + 2 quarterly = 6 slots; met: July's two
    // and August's committee meeting; attendance 22 / 30
    const answer = present(withLife, '2026-08-15');
    expect(answer.organisationalLife).toEqual({
      period: '2026Q3',
      slots: 6,
      met: 3,
      completeness: 0.5,
      attendance: 0.7333,
    });
    expect(answer.coverage).toEqual({ covered: true, how: ['secretariat', 'instructor'] });
    const table = presentSocietyStatus(withLife, '2026-08-15', onlyCommitteeMeetings, null);
    expect(table.organisationalLife).toMatchObject({ slots: 2, met: 2, completeness: 1 });
  });

  it('filters the list by coverage and by whether every slot so far was met', () => {
    const complete = presentSocietyStatus(withLife, '2026-08-15', onlyCommitteeMeetings, null);
    const lagging = present(withLife, '2026-08-15');
    const noSlots = present(view([]), '2026-08-15');
    const kept = (filters: Partial<SocietyListQuery>) =>
      [complete, lagging, noSlots].map((answer) => keepsSociety(answer, filters));
    expect(kept({ lifeComplete: true })).toEqual([true, false, false]);
    expect(kept({ lifeComplete: false })).toEqual([false, true, false]);
    expect(kept({ coverage: 'covered' })).toEqual([true, true, false]);
    expect(kept({ coverage: 'uncovered' })).toEqual([false, false, true]);
    expect(kept({ coverage: 'uncovered', lifeComplete: false })).toEqual([false, false, false]);
    expect(kept({})).toEqual([true, true, true]);
  });

  it('filters the list by attendance this quarter as shown, strictly below, never a society without a record', () => {
    const lagging = present(withLife, '2026-08-15');
    const fullHouse = present(
      {
        ...withLife,
        life: {
          ...withLife.life!,
          records: withLife.life!.records.map((record) => ({ ...record, present: 10 })),
        },
      },
      '2026-08-15',
    );
    const noRecord = present(view([]), '2026-08-15');
    expect([lagging, fullHouse, noRecord].map((s) => s.organisationalLife.attendance)).toEqual([
      0.7333,
      1,
      null,
    ]);
    const kept = (filters: Partial<SocietyListQuery>) =>
      [lagging, fullHouse, noRecord].map((answer) => keepsSociety(answer, filters));
    expect(kept({ attendanceBelow: 0.7333 })).toEqual([false, false, false]);
    expect(kept({ attendanceBelow: 0.7334 })).toEqual([true, false, false]);
    expect(kept({ attendanceBelow: 1 })).toEqual([true, false, false]);
    expect(kept({ attendanceBelow: 0 })).toEqual([false, false, false]);
    expect(kept({ attendanceBelow: 1, lifeComplete: true })).toEqual([false, false, false]);
    expect(kept({ attendanceBelow: 1, coverage: 'covered' })).toEqual([true, false, false]);
  });

  it('shows the vitality standing it is given and filters by rank and score, never an unranked society', () => {
    const standing = (rank: number, score: number) => ({
      period: '2026Q3',
      score,
      rank,
      rankedOf: 3,
    });
    const [first, tied, unranked] = [standing(1, 70.5), standing(1, 70.5), null].map((vitality) =>
      presentSocietyStatus(withLife, '2026-08-15', DEFAULT_LIFE_REQUIREMENTS, vitality),
    );
    const third = presentSocietyStatus(
      withLife,
      '2026-08-15',
      DEFAULT_LIFE_REQUIREMENTS,
      standing(3, 12),
    );
    expect([first.vitality, unranked.vitality]).toEqual([standing(1, 70.5), null]);
    const kept = (filters: Partial<SocietyListQuery>) =>
      [first, tied, third, unranked].map((answer) => keepsSociety(answer, filters));
    expect(kept({ vitalityRankAtMost: 1 })).toEqual([true, true, false, false]);
    expect(kept({ vitalityRankAtMost: 2 })).toEqual([true, true, false, false]);
    expect(kept({ vitalityRankAtMost: 3 })).toEqual([true, true, true, false]);
    // strictly below: a score equal to the bound is not below it
    expect(kept({ vitalityScoreBelow: 70.5 })).toEqual([false, false, true, false]);
    expect(kept({ vitalityScoreBelow: 100 })).toEqual([true, true, true, false]);
    expect(kept({ vitalityRankAtMost: 1, vitalityScoreBelow: 70.5 })).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(kept({ coverage: 'covered', lifeComplete: false })).toEqual([true, true, true, true]);
  });
});

describe('the yearly cycle in the status answers', () => {
  const item = (itemId: string, dueOn: string, status: RectificationSummary['status']) => ({
    batchId: 'b1',
    inspectionId: 'b1-s1',
    societyId: 's1',
    itemId,
    action: '补全会议记录',
    dueOn,
    status,
  });
  const items = [item('i1', '2026-06-30', 'reported'), item('i2', '2026-07-31', 'open')];

  it('reads a society’s current stars and overdue rectifications on the day', () => {
    const yearly: SocietyStatusView = {
      ...view([]),
      stars: [
        {
          roundId: 'r2025',
          year: 2025,
          title: '2025年度星级学会党组织评定',
          publishedOn: '2026-03-20',
          decision: { stars: 5 },
          changes: [{ kind: 'withdrawn', stars: 0, effectiveOn: '2026-09-01' }],
        },
      ],
      rectifications: items,
    };
    const inJuly = present(yearly, '2026-07-01');
    expect(inJuly.currentStars).toEqual({ on: '2026-07-01', stars: 5, roundId: 'r2025' });
    expect(inJuly.publishedStars).toEqual([
      expect.objectContaining({ roundId: 'r2025', decidedStars: 5, publishedOn: '2026-03-20' }),
    ]);
    expect(inJuly.rectifications).toEqual({
      open: 2,
      reported: 1,
      overdue: 1,
      items: [
        { ...items[0], overdue: true },
        { ...items[1], overdue: false },
      ],
    });
    expect(present(yearly, '2026-09-01').currentStars.stars).toBe(0);
  });

  it('reads a view written before the yearly cycle as no stars and no rectifications', () => {
    const answer = present(view([]), '2026-07-01');
    expect(answer.currentStars).toEqual({ on: '2026-07-01', stars: null, roundId: null });
    expect(answer.organisationalLife).toEqual({
      period: '2026Q3',
      slots: 0,
      met: 0,
      completeness: null,
      attendance: null,
    });
    expect(answer.coverage).toEqual({ covered: false, how: [] });
    expect(answer.publishedStars).toEqual([]);
    expect(answer.rectifications).toEqual({ open: 0, reported: 0, overdue: 0, items: [] });
  });

  it('counts a member’s reviews and inspections to do, overdue read on the day', () => {
    const member: MemberStatusView = {
      _id: 'm1',
      _version: 1,
      memberId: 'm1',
      name: '张委员',
      position: 'member',
      status: 'active',
      campaigns: [],
      lectures: { scheduled: 0, delivered: 0, confirmed: 0, cancelled: 0 },
      tasks: [],
      closedTasks: { completed: 0, evaluated: 0, cancelled: 0 },
      reviews: [{ roundId: 'r2025', year: 2025, title: '2025年度', societyIds: ['s1', 's2'] }],
      inspections: [
        { ...inspected('s1', 'b1-s1', 'open'), items },
        { ...inspected('s2', null, 'not-visited'), items: [] },
      ],
      lastActivityAt: '2026-07-01T00:00:00.000Z',
    };
    const answer = presentMemberStatus(member, '2026-07-01');
    expect(answer.reviews).toEqual({
      toReview: 2,
      rounds: [
        { roundId: 'r2025', year: 2025, title: '2025年度', societyIds: ['s1', 's2'], toReview: 2 },
      ],
    });
    expect(answer.inspections).toMatchObject({
      societies: 2,
      notVisited: 1,
      open: 2,
      reported: 1,
      overdue: 1,
      cases: [
        { societyId: 's1', state: 'open', rectifications: { open: 2, overdue: 1 } },
        { societyId: 's2', state: 'not-visited', rectifications: { open: 0, items: [] } },
      ],
    });
    const before = presentMemberStatus(
      { ...member, reviews: undefined, inspections: undefined },
      '2026-07-01',
    );
    expect(before.reviews).toEqual({ toReview: 0, rounds: [] });
    expect(before.inspections).toMatchObject({ societies: 0, open: 0, overdue: 0, cases: [] });
  });
});

function inspected(societyId: string, inspectionId: string | null, state: 'open' | 'not-visited') {
  return { batchId: 'b1', batchTitle: '督导批次', societyId, inspectionId, state } as const;
}
