import { DEFAULT_LIFE_REQUIREMENTS } from '@pb/domain';
import { coverageToday, lifeThisQuarter } from './life-status.rules';
import type { CountedLifeRecord, SocietyLifeInputs } from './status.documents';

/** Every count worked out by hand against the default table (docs/organisational-life.md). */
describe('a society’s organisational life this quarter, read on the day', () => {
  // Read on 15 November 2026: October and November of the fourth quarter have begun.
  const records: CountedLifeRecord[] = [
    // the third quarter: counts for nothing now
    { heldOn: '2026-09-28', kind: 'theme-day', present: 9, expected: 10 },
    { heldOn: '2026-10-10', kind: 'committee-meeting', present: 8, expected: 10 },
    // a second in October meets nothing more
    { heldOn: '2026-10-20', kind: 'committee-meeting', present: 6, expected: 10 },
    { heldOn: '2026-10-25', kind: 'theme-day', present: 9, expected: 10 },
    { heldOn: '2026-11-05', kind: 'committee-meeting', present: 7, expected: 10 },
    { heldOn: '2026-11-06', kind: 'group-meeting', present: 5, expected: 5 },
    { heldOn: '2026-11-10', kind: 'member-assembly', present: 20, expected: 25 },
    // held after the day read (a reader whose clock is behind the writer's): not yet counted
    { heldOn: '2026-11-20', kind: 'theme-day', present: 15, expected: 20 },
  ];
  const branch = (groups: boolean): SocietyLifeInputs => ({
    seats: { council: { form: 'branch', groups }, secretariat: null },
    instructorPosts: [],
    records,
  });

  // [groups, day read, slots, met, completeness, attendance]
  it.each([
    // slots: committee meeting and theme day in October and November (4), assembly and
    // lecture (2); met: both in October, November's committee meeting, the assembly;
    // attendance 55 / 70
    [false, '2026-11-15', 6, 4, 0.6667, 0.7857],
    // a group meeting a month more: 2 slots, November's met
    [true, '2026-11-15', 8, 5, 0.625, 0.7857],
    // the November theme day counts once its day has come: attendance 70 / 90
    [false, '2026-11-30', 6, 5, 0.8333, 0.7778],
    // the quarter's first day: October's slots only, none met, no attendance
    [false, '2026-10-01', 4, 0, 0, null],
  ] as const)(
    'gives a branch (groups: %s) read on %s %i slots and %i met',
    (groups, day, slots, met, completeness, attendance) => {
      expect(lifeThisQuarter(branch(groups), DEFAULT_LIFE_REQUIREMENTS, day)).toEqual({
        period: '2026Q4',
        slots,
        met,
        completeness,
        attendance,
      });
    },
  );

  it('reads the secretariat’s organisation when the council has none, and the council’s first', () => {
    const atSecretariat: SocietyLifeInputs = {
      ...branch(false),
      seats: { council: null, secretariat: { form: 'committee', groups: true } },
    };
    expect(lifeThisQuarter(atSecretariat, DEFAULT_LIFE_REQUIREMENTS, '2026-11-15').slots).toBe(8);
    const both: SocietyLifeInputs = {
      ...atSecretariat,
      seats: { ...atSecretariat.seats, council: { form: 'work-group', groups: false } },
    };
    // a work group at the council has no requirements: the society has no completeness
    expect(lifeThisQuarter(both, DEFAULT_LIFE_REQUIREMENTS, '2026-11-15')).toMatchObject({
      slots: 0,
      met: 0,
      completeness: null,
      attendance: 0.7857,
    });
  });

  it('has no slots and no attendance for a view written before organisational life', () => {
    expect(lifeThisQuarter(undefined, DEFAULT_LIFE_REQUIREMENTS, '2026-02-01')).toEqual({
      period: '2026Q1',
      slots: 0,
      met: 0,
      completeness: null,
      attendance: null,
    });
  });
});

describe('a society’s organisation coverage, read on the day', () => {
  const society: SocietyLifeInputs = {
    seats: { council: { form: 'branch', groups: false }, secretariat: null },
    instructorPosts: [
      { since: '2026-01-01', recalledOn: '2026-06-30' },
      { since: '2026-11-01', recalledOn: null },
    ],
    records: [],
  };

  it('names every way it is covered: its own seat, a joint branch, an instructor in post', () => {
    const joint: SocietyLifeInputs = {
      ...society,
      seats: { ...society.seats, secretariat: { form: 'joint-branch', groups: false } },
    };
    expect(coverageToday(joint, '2026-11-15')).toEqual({
      covered: true,
      how: ['council', 'joint', 'instructor'],
    });
    expect(coverageToday(joint, '2026-07-01')).toEqual({
      covered: true,
      how: ['council', 'joint'],
    });
  });

  it('covers a society without an organisation while an instructor is in post, up to the recall', () => {
    const none: SocietyLifeInputs = { ...society, seats: { council: null, secretariat: null } };
    expect(coverageToday(none, '2026-06-29')).toEqual({ covered: true, how: ['instructor'] });
    expect(coverageToday(none, '2026-06-30')).toEqual({ covered: false, how: [] });
    expect(coverageToday(none, '2026-10-31')).toEqual({ covered: false, how: [] });
  });

  it('leaves a view written before seats uncovered', () => {
    expect(coverageToday(undefined, '2026-11-15')).toEqual({ covered: false, how: [] });
  });
});
