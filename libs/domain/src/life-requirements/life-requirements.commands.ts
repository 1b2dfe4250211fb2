import type { PartyOrganisationForm } from '../society/society.state';
import type { LifeRequirement } from './life-requirements.state';

/** 设定组织生活要求: the whole table of a year, replacing the one before. */
export interface SetLifeRequirements {
  readonly type: 'SetLifeRequirements';
  readonly year: number;
  /** Every form with requirements; a form without them (work-group, none) is refused. */
  readonly requirements: Readonly<
    Partial<Record<PartyOrganisationForm, readonly LifeRequirement[]>>
  >;
  readonly redListSize: number;
  readonly blackListSize: number;
}

export type LifeRequirementsCommand = SetLifeRequirements;
