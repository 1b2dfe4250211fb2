import type { DomainEvent } from '../shared/decider';
import type { LifeRequirementsByForm } from './life-requirements.state';

export type LifeRequirementsSet = DomainEvent<
  'LifeRequirementsSet',
  {
    year: number;
    requirements: LifeRequirementsByForm;
    redListSize: number;
    blackListSize: number;
  }
>;

export type LifeRequirementsEvent = LifeRequirementsSet;

export const LIFE_REQUIREMENTS_EVENT_TYPES = [
  'LifeRequirementsSet',
] as const satisfies readonly LifeRequirementsEvent['type'][];
