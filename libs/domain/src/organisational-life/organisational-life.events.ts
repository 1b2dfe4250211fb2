import type { DomainEvent } from '../shared/decider';
import type { Evidence } from '../shared/evidence';
import type { OrganisationalLifeKind } from './organisational-life.state';

interface LifeRecordData {
  recordId: string;
  societyId: string;
  kind: OrganisationalLifeKind;
  heldOn: string;
  topic: string;
  host: string;
  present: number;
  expected: number;
  evidence: Evidence[];
}

export type OrganisationalLifeRecorded = DomainEvent<'OrganisationalLifeRecorded', LifeRecordData>;
/** Carries the whole record after the correction. */
export type OrganisationalLifeCorrected = DomainEvent<
  'OrganisationalLifeCorrected',
  LifeRecordData & { reason: string }
>;
export type OrganisationalLifeWithdrawn = DomainEvent<
  'OrganisationalLifeWithdrawn',
  { recordId: string; societyId: string; reason: string }
>;

export type OrganisationalLifeEvent =
  OrganisationalLifeRecorded | OrganisationalLifeCorrected | OrganisationalLifeWithdrawn;

export const ORGANISATIONAL_LIFE_EVENT_TYPES = [
  'OrganisationalLifeRecorded',
  'OrganisationalLifeCorrected',
  'OrganisationalLifeWithdrawn',
] as const satisfies readonly OrganisationalLifeEvent['type'][];
