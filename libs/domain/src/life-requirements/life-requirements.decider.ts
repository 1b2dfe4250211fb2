import { assertNever, type Decider } from '../shared/decider';
import { InvalidInput } from '../shared/errors';
import {
  requireOneOf,
  requireSameSubject,
  requireWholeNumber,
  requireYear,
} from '../shared/values';
import { ORGANISATIONAL_LIFE_KINDS } from '../organisational-life/organisational-life.state';
import { PARTY_ORGANISATION_FORMS } from '../society/society.state';
import type { LifeRequirementsCommand, SetLifeRequirements } from './life-requirements.commands';
import {
  FormWithoutRequirements,
  RequirementKindRepeated,
  RequirementsFormMissing,
} from './life-requirements.errors';
import type { LifeRequirementsEvent } from './life-requirements.events';
import {
  FORMS_WITH_REQUIREMENTS,
  LIFE_PERIODS,
  type FormWithRequirements,
  type LifeRequirement,
  type LifeRequirementsByForm,
  type LifeRequirementsState,
} from './life-requirements.state';

type Event = LifeRequirementsEvent;
type State = LifeRequirementsState;

export const REQUIREMENT_COUNT_MAX = 10;
export const LIST_SIZE_MAX = 100;

function requireList(form: FormWithRequirements, given: SetLifeRequirements['requirements']) {
  const field = `requirements.${form}`;
  const list: readonly LifeRequirement[] | undefined = given[form];
  if (list === undefined) throw new RequirementsFormMissing(form);
  if (!Array.isArray(list) || list.length > ORGANISATIONAL_LIFE_KINDS.length)
    throw new InvalidInput(
      field,
      'LIST.LENGTH_OUT_OF_RANGE',
      `${field} must list from 0 to ${ORGANISATIONAL_LIFE_KINDS.length} requirements`,
    );
  const kinds = new Set<string>();
  return list.map((item, index): LifeRequirement => {
    const at = `${field}[${index}]`;
    const kind = requireOneOf(`${at}.kind`, item.kind, ORGANISATIONAL_LIFE_KINDS);
    if (kinds.has(kind)) throw new RequirementKindRepeated(`${at}.kind`, kind);
    kinds.add(kind);
    return {
      kind,
      per: requireOneOf(`${at}.per`, item.per, LIFE_PERIODS),
      count: requireWholeNumber(`${at}.count`, item.count, 1, REQUIREMENT_COUNT_MAX),
    };
  });
}

function requireRequirements(given: SetLifeRequirements['requirements']): LifeRequirementsByForm {
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new InvalidInput(
      'requirements',
      'VALUE.NOT_ALLOWED',
      'requirements must map forms to lists',
    );
  for (const key of Object.keys(given)) {
    if (FORMS_WITH_REQUIREMENTS.some((form) => form === key)) continue;
    if (PARTY_ORGANISATION_FORMS.some((form) => form === key))
      throw new FormWithoutRequirements(key);
    throw new InvalidInput(
      `requirements.${key}`,
      'VALUE.NOT_ALLOWED',
      `${key} is not an organisation form`,
    );
  }
  return {
    committee: requireList('committee', given),
    'general-branch': requireList('general-branch', given),
    branch: requireList('branch', given),
    'joint-branch': requireList('joint-branch', given),
  };
}

/**
 * The first table of a year is always recorded, so that the year keeps it should the default
 * change; after that, a table like the one in force writes nothing.
 */
function setLifeRequirements(command: SetLifeRequirements, state: State): Event[] {
  const year = requireYear('year', command.year);
  if (state.status === 'set')
    requireSameSubject(
      'LIFE_REQUIREMENTS.OTHER_YEAR',
      { year: String(state.year) },
      { year: String(year) },
    );
  const data = {
    year,
    requirements: requireRequirements(command.requirements),
    redListSize: requireWholeNumber('redListSize', command.redListSize, 1, LIST_SIZE_MAX),
    blackListSize: requireWholeNumber('blackListSize', command.blackListSize, 1, LIST_SIZE_MAX),
  };
  if (state.status === 'set') {
    const { requirements, redListSize, blackListSize } = state;
    const current = { year, requirements, redListSize, blackListSize };
    if (JSON.stringify(current) === JSON.stringify(data)) return [];
  }
  return [{ type: 'LifeRequirementsSet', data }];
}

function decide(command: LifeRequirementsCommand, state: State): Event[] {
  switch (command.type) {
    case 'SetLifeRequirements':
      return setLifeRequirements(command, state);
    default:
      return assertNever(command.type);
  }
}

function evolve(_state: State, event: Event): State {
  switch (event.type) {
    case 'LifeRequirementsSet':
      return { status: 'set', ...event.data };
    default:
      return assertNever(event.type);
  }
}

export const lifeRequirementsDecider: Decider<LifeRequirementsCommand, Event, State> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide: (command, state) => decide(command, state),
};
