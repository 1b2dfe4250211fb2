import type {
  LifeRequirement,
  LifeRequirementsState,
  LifeRequirementTable,
} from './life-requirements.state';

/** From the party's branch work rules (支部工作条例); group meetings only where there are groups. */
const EVERY_FORM: readonly LifeRequirement[] = [
  { kind: 'member-assembly', per: 'quarter', count: 1 },
  { kind: 'committee-meeting', per: 'month', count: 1 },
  { kind: 'group-meeting', per: 'month', count: 1 },
  { kind: 'party-lecture', per: 'quarter', count: 1 },
  { kind: 'theme-day', per: 'month', count: 1 },
];

/** The table of a year for which the office set none. */
export const DEFAULT_LIFE_REQUIREMENTS: LifeRequirementTable = {
  requirements: {
    committee: EVERY_FORM,
    'general-branch': EVERY_FORM,
    branch: EVERY_FORM,
    'joint-branch': EVERY_FORM,
  },
  redListSize: 10,
  blackListSize: 10,
};

/** The table in force for the year whose stream this is: the one set, else the default. */
export function lifeRequirementsOf(state: LifeRequirementsState): LifeRequirementTable {
  if (state.status === 'none') return DEFAULT_LIFE_REQUIREMENTS;
  const { requirements, redListSize, blackListSize } = state;
  return { requirements, redListSize, blackListSize };
}
