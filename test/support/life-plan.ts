import type { OrganisationalLifeKind as Kind } from '@pb/domain';

/**
 * The plan of the life scenario (life-scenario.ts runs it over HTTP): a year (2025, over, so
 * every quarter is measured in full) of organisational life for 104 societies, written in two
 * phases. Everything follows from a society's index i (0..103), so that the figures the
 * suites expect can be worked out by hand (see life-expectations). Society i is named 天津市第<i, 3 digits>学会: zh-CN order is index order.
 *
 * Forms (the organisation whose life counts is the council's, else the secretariat's):
 * - 0..9 a committee (党委) at the council with party groups: 8 slots a quarter;
 * - 10..19 a committee at the council without groups, and a branch at the secretariat: 5;
 * - 20..49 a branch at the secretariat: 4; 50..54 a general branch at the council: 4;
 * - 55..64 a joint branch at the secretariat: 2; 65..79 a work group at the secretariat: none;
 * - 80..103 no organisation (form none); instructors sent to 80..89 and to 55 (joint besides).
 *
 * Every record expects 20 and has 20 - i % 7 present unless said otherwise. A complete society
 * meets every slot of every quarter with one record each; a lagging one holds, each quarter,
 * a committee meeting in its first month and a party lecture (a joint branch: the lecture only).
 */
export const SOCIETIES = 104;
export const YEAR = 2025;

export const nameOf = (i: number) => `天津市第${String(i).padStart(3, '0')}学会`;

export const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, k) => from + k);

export const COMPLETE = [0, 1, 2, 10, 11, 12, ...range(20, 27), 50, 51, ...range(55, 59)];
/** Societies with slots that record nothing. */
export const SILENT = [9, 19, 49];
/** A branch whose only record, a committee meeting in January, is withdrawn in the second phase. */
export const ALL_WITHDRAWN = 48;
/** Lagging all year in the first phase; in the second, 13 records the rest of Q3 and Q4 late. */
export const CATCHING_UP = 13;
export const INSTRUCTED = [...range(80, 89), 55];
/** 80's instructor is recalled on 30 September 2025 in the second phase. */
export const RECALLED = 80;
/** Work groups that hold a theme day each quarter (no slots: attendance and work coverage). */
export const THEME_DAY_GROUPS = range(65, 69);
/**
 * A work group that holds one theme day on the day the scenario runs, 14 of 20 present, in
 * the second phase: the only record of the quarter the status views read (attendance 0.7).
 */
export const MEETS_TODAY = 70;
export const TODAY_PRESENT = 14;

/** 2025's table, set by the office: lighter than the default, with lists of 5 and 6. */
export const TABLE_2025 = {
  requirements: {
    committee: [
      { kind: 'committee-meeting', per: 'month', count: 1 },
      { kind: 'group-meeting', per: 'month', count: 1 },
      { kind: 'member-assembly', per: 'quarter', count: 1 },
      { kind: 'party-lecture', per: 'quarter', count: 1 },
    ],
    'general-branch': [
      { kind: 'committee-meeting', per: 'month', count: 1 },
      { kind: 'party-lecture', per: 'quarter', count: 1 },
    ],
    branch: [
      { kind: 'committee-meeting', per: 'month', count: 1 },
      { kind: 'party-lecture', per: 'quarter', count: 1 },
    ],
    'joint-branch': [
      { kind: 'party-lecture', per: 'quarter', count: 1 },
      { kind: 'theme-day', per: 'quarter', count: 1 },
    ],
  },
  redListSize: 5,
  blackListSize: 6,
} as const;

/** 2025's weights, set in the second phase (so the first is read with the defaults). */
export const WEIGHTS_2025 = {
  lifeCompleteness: 40,
  attendance: 10,
  lectures: 20,
  serviceTasks: 10,
  rectifications: 5,
  stars: 15,
};

type Form = keyof typeof TABLE_2025.requirements | 'work-group' | 'none';
interface Seat {
  readonly seat?: 'council' | 'secretariat';
  readonly form: Form;
  readonly groups?: boolean;
}

/** The seats recorded for society i, the counting one first. */
export function seatsOf(i: number): [Seat, ...Seat[]] {
  if (i < 10) return [{ seat: 'council', form: 'committee', groups: true }];
  if (i < 20)
    return [
      { seat: 'council', form: 'committee', groups: false },
      { seat: 'secretariat', form: 'branch' },
    ];
  if (i < 50) return [{ seat: 'secretariat', form: 'branch' }];
  if (i < 55) return [{ seat: 'council', form: 'general-branch' }];
  if (i < 65) return [{ seat: 'secretariat', form: 'joint-branch' }];
  if (i < 80) return [{ seat: 'secretariat', form: 'work-group' }];
  return [{ form: 'none' }];
}

export interface Meeting {
  readonly kind: Kind;
  readonly heldOn: string;
  readonly present: number;
  readonly expected: number;
}
/** A meeting of the plan; `label` names the ones the second phase corrects or withdraws. */
export type Planned = Meeting & { readonly label?: string };

export const presentOf = (i: number) => 20 - (i % 7);

/** Monthly kinds in every month; an assembly in a quarter's first month, a lecture in its second, a theme day in its third. */
const DAY: Record<Kind, string> = {
  'member-assembly': '05',
  'committee-meeting': '10',
  'group-meeting': '12',
  'party-lecture': '15',
  'theme-day': '20',
};
const QUARTERLY_MONTH: Partial<Record<Kind, number>> = {
  'member-assembly': 1,
  'party-lecture': 2,
  'theme-day': 3,
};
const dateIn = (quarter: number, month: number, day: string) =>
  `${YEAR}-${String((quarter - 1) * 3 + month).padStart(2, '0')}-${day}`;
const meeting = (i: number, kind: Kind, quarter: number, month: number): Planned => ({
  kind,
  heldOn: dateIn(quarter, month, DAY[kind]),
  present: presentOf(i),
  expected: 20,
});

/** Every slot of society i's counting organisation in a quarter, one record each. */
function fullQuarter(i: number, quarter: number): Planned[] {
  const [counting] = seatsOf(i);
  const row = TABLE_2025.requirements[counting.form as keyof typeof TABLE_2025.requirements];
  return (row ?? [])
    .filter((req) => req.kind !== 'group-meeting' || counting.groups)
    .flatMap((req) =>
      req.per === 'month'
        ? [1, 2, 3].map((month) => meeting(i, req.kind, quarter, month))
        : [meeting(i, req.kind, quarter, QUARTERLY_MONTH[req.kind]!)],
    );
}

/** A lagging quarter: the first month's committee meeting and the lecture (a joint branch: the lecture). */
function thinQuarter(i: number, quarter: number): Planned[] {
  const lecture = meeting(i, 'party-lecture', quarter, 2);
  const joint = seatsOf(i)[0].form === 'joint-branch';
  return joint ? [lecture] : [meeting(i, 'committee-meeting', quarter, 1), lecture];
}

const QUARTERS = [1, 2, 3, 4];
const at = (heldOn: string) => (m: Planned) => m.heldOn === heldOn;

/** What society i records in the first phase; the exceptions are the named cases of the suites. */
export function firstPhaseMeetings(i: number): Planned[] {
  const [counting] = seatsOf(i);
  if (counting.form === 'none' || SILENT.includes(i)) return [];
  if (i === ALL_WITHDRAWN) return [{ ...meeting(i, 'committee-meeting', 1, 1), label: 'only' }];
  if (counting.form === 'work-group')
    return THEME_DAY_GROUPS.includes(i) ? QUARTERS.map((q) => meeting(i, 'theme-day', q, 3)) : [];
  if (!COMPLETE.includes(i)) {
    const thin = QUARTERS.flatMap((q) => thinQuarter(i, q));
    // 3 holds a theme day each quarter besides, not required of a committee, all present.
    if (i === 3)
      return [...thin, ...QUARTERS.map((q) => ({ ...meeting(i, 'theme-day', q, 3), present: 20 }))];
    return thin;
  }
  const full = QUARTERS.flatMap((q) => fullQuarter(i, q));
  const change = (heldOn: string, how: Partial<Planned>) =>
    full.map((m) => (at(heldOn)(m) ? { ...m, ...how } : m));
  switch (i) {
    // July's committee meeting recorded in June by mistake; moved back to July later.
    case 1:
      return change('2025-07-10', { heldOn: '2025-06-20', label: 'moved' });
    // July's committee meeting recorded with 8 present instead of 18; corrected later.
    case 2:
      return change('2025-07-10', { present: 8, label: 'present' });
    // Q3's party lecture recorded as a theme day; corrected later.
    case 22:
      return change('2025-08-15', { kind: 'theme-day', label: 'kind' });
    // Q3's party lecture, withdrawn later.
    case 21:
      return change('2025-08-15', { label: 'withdrawn' });
    // August's committee meeting recorded twice, the second with 10 present; withdrawn later.
    case 23:
      return [
        ...full,
        { ...meeting(i, 'committee-meeting', 3, 2), present: 10, label: 'duplicate' },
      ];
    // Two committee meetings in August and none in September: the second meets nothing.
    case 24:
      return change('2025-09-10', { heldOn: '2025-08-25' });
    default:
      return full;
  }
}

/** 13's late records: the rest of its third and fourth quarters. */
export function lateMeetings(i: number): Planned[] {
  const thin = QUARTERS.flatMap((q) => thinQuarter(i, q)).map((m) => m.heldOn + m.kind);
  return [3, 4].flatMap((q) => fullQuarter(i, q)).filter((m) => !thin.includes(m.heldOn + m.kind));
}

/** The campaign of 2025 and its assigned societies, and the days its lectures were given (one in 2024). */
export const CAMPAIGN = {
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  lecturesPerSociety: 2,
  serviceTasksPerSociety: 1,
};
export const ASSIGNED = [0, 21, 56, 90];
export const LECTURES: [number, string][] = [
  [0, '2025-04-18'],
  [0, '2025-10-16'],
  [56, '2025-05-20'],
  [56, '2025-11-12'],
  [21, '2025-06-10'],
  [21, '2024-12-20'],
  [90, '2025-09-05'],
];
/** Stars decided in a round published on 20 March 2025; 1's are withdrawn from 1 October 2025. */
export const STARS: [number, number][] = [
  [0, 6],
  [1, 8],
  [13, 4],
  [21, 4],
  [56, 8],
];
