import type { DomainEvent } from '../shared/decider';
import type { AccountRole } from './account.state';

/** The role comes with the invitation. No credential is ever part of an account's events. */
export type AccountInvited = DomainEvent<
  'AccountInvited',
  {
    accountId: string;
    login: string;
    displayName: string;
    role: AccountRole;
    memberId: string | null;
    societyId: string | null;
  }
>;
/** The invited person set a password (kept outside the events) and signed in. */
export type InvitationAccepted = DomainEvent<'InvitationAccepted', { accountId: string }>;
/** Replaces the current grant: an account holds one role at a time. */
export type AccountRoleGranted = DomainEvent<
  'AccountRoleGranted',
  { accountId: string; role: AccountRole; memberId: string | null; societyId: string | null }
>;
export type AccountRoleWithdrawn = DomainEvent<'AccountRoleWithdrawn', { accountId: string }>;
export type AccountDisabled = DomainEvent<'AccountDisabled', { accountId: string; reason: string }>;
export type AccountEnabled = DomainEvent<'AccountEnabled', { accountId: string }>;

export type AccountEvent =
  | AccountInvited
  | InvitationAccepted
  | AccountRoleGranted
  | AccountRoleWithdrawn
  | AccountDisabled
  | AccountEnabled;
