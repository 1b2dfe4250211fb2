import type { Evidence } from '../shared/evidence';
import type { LifeRecord } from './organisational-life.state';

/** What the handler looked up or knows when a record is written (ADR 4). */
export interface OrganisationalLifeFacts {
  readonly societyStatus: 'unregistered' | 'registered' | 'deregistered';
  /** The day in the federation's time zone, YYYY-MM-DD: no meeting is held after it. */
  readonly today: string;
}

/** The fields a record states; evidence may be left out (none). */
export interface LifeRecordInput extends Omit<LifeRecord, 'evidence'> {
  readonly evidence?: readonly Evidence[];
}

/** 记录组织生活: by the society's party organisation, for a meeting held. */
export interface RecordOrganisationalLife extends OrganisationalLifeFacts, LifeRecordInput {
  readonly type: 'RecordOrganisationalLife';
  readonly recordId: string;
  readonly societyId: string;
  /** Whether an organisation of a form other than `none` sits at the council or the secretariat. */
  readonly societyHasOrganisation: boolean;
}

/**
 * Replaces every field of the record; the society stays the one recorded. Not refused when the
 * society's organisation has gone since: the meeting was held when it still existed.
 */
export interface CorrectOrganisationalLife extends OrganisationalLifeFacts, LifeRecordInput {
  readonly type: 'CorrectOrganisationalLife';
  readonly recordId: string;
  readonly societyId: string;
  readonly reason: string;
}

export interface WithdrawOrganisationalLife {
  readonly type: 'WithdrawOrganisationalLife';
  readonly recordId: string;
  readonly reason: string;
}

export type OrganisationalLifeCommand =
  RecordOrganisationalLife | CorrectOrganisationalLife | WithdrawOrganisationalLife;
