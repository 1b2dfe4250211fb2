import {
  countingOrganisation,
  periodAttendance,
  periodLife,
  quarterLife,
  requirementsOf,
  type SocietyLifeInput,
} from './life-slots.rules';
import type { LifeRequirement, RequirementTable } from './yearly-life.inputs';
import { TABLE, org, record } from './yearly-life.testing';

/*
 * Worked by hand: society S1, a 党委 (committee) at its council with party groups, the
 * default table, first quarter of 2026 read on 15 February (January and February begun).
 *   slots: 3 monthly kinds (committee-meeting, group-meeting, theme-day) x 2 months = 6,
 *          plus member-assembly and party-lecture once in the quarter = 2; 8 in all.
 *   met:   committee-meeting Jan min(2, 1) = 1, Feb 1 (a theme day of 5 March corrected
 *          to a committee meeting on 5 February) -> 2;
 *          group-meeting Jan 0, Feb 1 -> 1;
 *          theme-day Jan 1, Feb 0 (its only record was withdrawn) -> 1;
 *          member-assembly 1; party-lecture 0 (held 20 February, after the as-of day).
 *          2 + 1 + 1 + 1 + 0 = 5; completeness 5 / 8 = 0.625.
 *   attendance over the six counted records:
 *          present 8 + 9 + 7 + 5 + 20 + 30 = 79, expected 10 + 10 + 10 + 6 + 25 + 40 = 101,
 *          79 / 101 = 0.78217... -> 0.7822.
 * Without party groups the two group-meeting slots go: 4 met of 6 = 0.6667.
 */
const S1_RECORDS = [
  record('S1', 'committee-meeting', '2026-01-10', 8, 10),
  record('S1', 'committee-meeting', '2026-01-20', 9, 10),
  record('S1', 'committee-meeting', '2026-02-05', 7, 10),
  record('S1', 'group-meeting', '2026-02-03', 5, 6),
  record('S1', 'theme-day', '2026-01-25', 20, 25),
  record('S1', 'theme-day', '2026-02-10', 18, 25, true),
  record('S1', 'member-assembly', '2026-02-12', 30, 40),
  record('S1', 'party-lecture', '2026-02-20', 30, 40),
  record('S2', 'party-lecture', '2026-01-20', 30, 40),
];

const branchTable = (...branch: LifeRequirement[]): RequirementTable => ({
  ...TABLE,
  requirements: { branch },
});

const s1 = (groups: boolean): SocietyLifeInput => ({
  societyId: 'S1',
  seats: { council: org('committee', groups), secretariat: null },
  records: S1_RECORDS,
});

describe('the slots of organisational life', () => {
  it('count the slots of the months begun and meet each with one record of its kind', () => {
    const life = quarterLife(s1(true), TABLE, 2026, 1, '2026-02-15');
    expect(life).toMatchObject({ year: 2026, quarter: 1, slots: 8, met: 5, completeness: 0.625 });
    expect(life.requirements.map(({ kind, slots, met }) => [kind, slots, met])).toEqual([
      ['member-assembly', 1, 1],
      ['committee-meeting', 2, 2],
      ['group-meeting', 2, 1],
      ['party-lecture', 1, 0],
      ['theme-day', 2, 1],
    ]);
  });

  it('ask for group meetings only of an organisation with party groups', () => {
    const life = quarterLife(s1(false), TABLE, 2026, 1, '2026-02-15');
    expect(life).toMatchObject({ slots: 6, met: 4, completeness: 0.6667 });
    expect(life.requirements.map((req) => req.kind)).not.toContain('group-meeting');
  });

  it('read attendance as present over expected across the counted records', () => {
    expect(periodAttendance(s1(true), { year: 2026, quarter: 1 }, '2026-02-15')).toEqual({
      present: 79,
      expected: 101,
      rate: 0.7822,
    });
  });

  it('meet a monthly requirement of two only with two meetings in the month', () => {
    // A branch asked for 2 theme days a month holds 3 in January and 1 in February:
    // slots 2 x 3 = 6, met min(3, 2) + min(1, 2) + 0 = 3, completeness 0.5.
    const table = branchTable({ kind: 'theme-day', per: 'month', count: 2 });
    const society: SocietyLifeInput = {
      societyId: 'S3',
      seats: { council: null, secretariat: org('branch') },
      records: ['2026-01-05', '2026-01-15', '2026-01-25', '2026-02-05'].map((day) =>
        record('S3', 'theme-day', day),
      ),
    };
    expect(quarterLife(society, table, 2026, 1, '2026-03-31')).toMatchObject({
      slots: 6,
      met: 3,
      completeness: 0.5,
    });
  });

  it('add a year up from its quarters as measured on the as-of day', () => {
    // A branch asked for one assembly a quarter and one theme day a month, read on 15 July:
    // Q1 4 slots all met, Q2 4 slots with only the assembly met, Q3 2 slots (the assembly
    // and July's theme day) none met, Q4 not begun: 5 met of 10 = 0.5.
    const table = branchTable(
      { kind: 'member-assembly', per: 'quarter', count: 1 },
      { kind: 'theme-day', per: 'month', count: 1 },
    );
    const society: SocietyLifeInput = {
      societyId: 'S4',
      seats: { council: org('branch'), secretariat: null },
      records: [
        record('S4', 'member-assembly', '2026-03-30'),
        ...['2026-01-09', '2026-02-09', '2026-03-09'].map((day) => record('S4', 'theme-day', day)),
        record('S4', 'member-assembly', '2026-04-02'),
      ],
    };
    const year = periodLife(society, table, { year: 2026, quarter: null }, '2026-07-15');
    expect(year.quarters.map((q) => [q.slots, q.met])).toEqual([
      [4, 4],
      [4, 1],
      [2, 0],
      [0, 0],
    ]);
    expect(year).toMatchObject({ slots: 10, met: 5, completeness: 0.5 });
    expect(year.quarters[3].completeness).toBeNull();
  });

  it('give no slots, and so no completeness, without an organisation that has requirements', () => {
    const none = (council: ReturnType<typeof org> | null): SocietyLifeInput => ({
      societyId: 'S1',
      seats: { council, secretariat: null },
      records: S1_RECORDS,
    });
    for (const seat of [null, org('none'), org('work-group', true)])
      expect(quarterLife(none(seat), TABLE, 2026, 1, '2026-03-31')).toMatchObject({
        slots: 0,
        met: 0,
        completeness: null,
        requirements: [],
      });
  });

  it('read completeness 0 with slots and no records, and attendance as none', () => {
    // A branch without groups, a whole quarter: 2 monthly kinds x 3 months + 2 = 8 slots.
    const idle: SocietyLifeInput = {
      societyId: 'S9',
      seats: { council: org('branch'), secretariat: null },
      records: [],
    };
    expect(quarterLife(idle, TABLE, 2026, 2, '2026-06-30')).toMatchObject({
      slots: 8,
      met: 0,
      completeness: 0,
    });
    expect(periodAttendance(idle, { year: 2026, quarter: 2 }, '2026-06-30').rate).toBeNull();
  });

  it('count the council organisation first, the secretariat one otherwise', () => {
    const council = org('committee', true);
    const secretariat = org('branch');
    expect(countingOrganisation({ council, secretariat })).toBe(council);
    expect(countingOrganisation({ council: org('none'), secretariat })).toBe(secretariat);
    expect(countingOrganisation({ council: null, secretariat: org('none') })).toBeNull();
    expect(requirementsOf(org('joint-branch'), TABLE)).toHaveLength(4);
  });
});
