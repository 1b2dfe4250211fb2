import { fold } from '../shared/decider';
import { specFor } from '../shared/decider.testing';
import type { SetLifeRequirements } from './life-requirements.commands';
import { DEFAULT_LIFE_REQUIREMENTS, lifeRequirementsOf } from './life-requirements.defaults';
import { lifeRequirementsDecider } from './life-requirements.decider';
import type { LifeRequirementsEvent } from './life-requirements.events';
import type { LifeRequirement } from './life-requirements.state';

const spec = specFor(lifeRequirementsDecider);
const monthly: LifeRequirement[] = [
  { kind: 'committee-meeting', per: 'month', count: 1 },
  { kind: 'party-lecture', per: 'quarter', count: 2 },
];
const table = {
  year: 2025,
  requirements: {
    committee: monthly,
    'general-branch': monthly,
    branch: [{ kind: 'member-assembly', per: 'quarter', count: 1 }],
    'joint-branch': [],
  },
  redListSize: 5,
  blackListSize: 8,
} satisfies Omit<SetLifeRequirements, 'type'>;
const set: LifeRequirementsEvent = { type: 'LifeRequirementsSet', data: table };

const setTable = (fields: Partial<SetLifeRequirements>, history: LifeRequirementsEvent[] = []) =>
  spec.given(history).when({ type: 'SetLifeRequirements', ...table, ...fields });
const withForm = (form: string, list: unknown) =>
  setTable({ requirements: { ...table.requirements, [form]: list } });

describe('life requirements decider', () => {
  it('sets a year’s table, a form without requirements given as an empty list', () =>
    setTable({}).then([set]));

  it('records the first table of a year even when it is the default', () =>
    setTable({ ...DEFAULT_LIFE_REQUIREMENTS }).then([
      { type: 'LifeRequirementsSet', data: { year: 2025, ...DEFAULT_LIFE_REQUIREMENTS } },
    ]));

  it('replaces the table in force, and writes nothing when it is the same', () => {
    setTable({ redListSize: 10 }, [set]).then([
      { type: 'LifeRequirementsSet', data: { ...table, redListSize: 10 } },
    ]);
    setTable({}, [set]).thenNothing();
  });

  it('refuses a table naming another year than its stream’s', () =>
    setTable({ year: 2026 }, [set]).thenFails('LIFE_REQUIREMENTS.OTHER_YEAR', 'year'));

  it('refuses a form left out, and requirements for a work group or no organisation', () => {
    const { branch: _, ...withoutBranch } = table.requirements;
    setTable({ requirements: withoutBranch }).thenFails(
      'LIFE_REQUIREMENTS.FORM_MISSING',
      'requirements.branch',
    );
    withForm('work-group', monthly).thenFails(
      'LIFE_REQUIREMENTS.FORM_WITHOUT_REQUIREMENTS',
      'requirements.work-group',
    );
    withForm('none', []).thenFails(
      'LIFE_REQUIREMENTS.FORM_WITHOUT_REQUIREMENTS',
      'requirements.none',
    );
    withForm('cell', []).thenFails('VALUE.NOT_ALLOWED', 'requirements.cell');
  });

  it('refuses a kind required twice for one form, and a kind or period it does not know', () => {
    withForm('branch', [
      ...monthly,
      { kind: 'committee-meeting', per: 'quarter', count: 3 },
    ]).thenFails('LIFE_REQUIREMENTS.KIND_REPEATED', 'requirements.branch[2].kind');
    withForm('branch', [{ kind: 'study', per: 'month', count: 1 }]).thenFails(
      'VALUE.NOT_ALLOWED',
      'requirements.branch[0].kind',
    );
    withForm('branch', [{ kind: 'theme-day', per: 'week', count: 1 }]).thenFails(
      'VALUE.NOT_ALLOWED',
      'requirements.branch[0].per',
    );
  });

  it('refuses a count outside 1 to 10 and list sizes outside 1 to 100', () => {
    for (const count of [0, 11, 1.5])
      withForm('committee', [{ kind: 'theme-day', per: 'month', count }]).thenFails(
        'NUMBER.OUT_OF_RANGE',
        'requirements.committee[0].count',
      );
    setTable({ redListSize: 0 }).thenFails('NUMBER.OUT_OF_RANGE', 'redListSize');
    setTable({ blackListSize: 101 }).thenFails('NUMBER.OUT_OF_RANGE', 'blackListSize');
    setTable({ year: 1999 }).thenFails('NUMBER.OUT_OF_RANGE', 'year');
  });

  it('reads the default for a year without a table, and the table set otherwise', () => {
    const none = fold(lifeRequirementsDecider, []);
    expect(lifeRequirementsOf(none)).toBe(DEFAULT_LIFE_REQUIREMENTS);
    const { year: _, ...inForce } = table;
    expect(lifeRequirementsOf(fold(lifeRequirementsDecider, [set]))).toEqual(inForce);
  });

  it('requires by default, for every form with requirements, the branch work rules’ meetings', () => {
    const { requirements, redListSize, blackListSize } = DEFAULT_LIFE_REQUIREMENTS;
    expect(Object.keys(requirements)).toEqual([
      'committee',
      'general-branch',
      'branch',
      'joint-branch',
    ]);
    for (const list of Object.values(requirements))
      expect(list).toEqual([
        { kind: 'member-assembly', per: 'quarter', count: 1 },
        { kind: 'committee-meeting', per: 'month', count: 1 },
        { kind: 'group-meeting', per: 'month', count: 1 },
        { kind: 'party-lecture', per: 'quarter', count: 1 },
        { kind: 'theme-day', per: 'month', count: 1 },
      ]);
    expect([redListSize, blackListSize]).toEqual([10, 10]);
  });
});
