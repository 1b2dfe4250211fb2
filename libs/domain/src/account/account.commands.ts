import type { MemberState } from '../member/member.state';
import type { SocietyState } from '../society/society.state';
import type { AccountRole } from './account.state';

/** What a grant needs to know of the member or society it names (ADR 4). */
export interface GrantFacts {
  /** The named member's status; null when the command names none. */
  readonly memberStatus: MemberState['status'] | null;
  /** The named society's status; null when the command names none. */
  readonly societyStatus: SocietyState['status'] | null;
}

export interface InviteAccount {
  readonly type: 'InviteAccount';
  readonly accountId: string;
  readonly login: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly memberId?: string;
  readonly societyId?: string;
  readonly facts: GrantFacts;
}

export interface AcceptInvitation {
  readonly type: 'AcceptInvitation';
  readonly accountId: string;
}

export interface GrantAccountRole {
  readonly type: 'GrantAccountRole';
  readonly accountId: string;
  readonly role: AccountRole;
  readonly memberId?: string;
  readonly societyId?: string;
  readonly facts: GrantFacts;
}

export interface WithdrawAccountRole {
  readonly type: 'WithdrawAccountRole';
  readonly accountId: string;
}

export interface DisableAccount {
  readonly type: 'DisableAccount';
  readonly accountId: string;
  readonly reason: string;
}

export interface EnableAccount {
  readonly type: 'EnableAccount';
  readonly accountId: string;
}

export type AccountCommand =
  | InviteAccount
  | AcceptInvitation
  | GrantAccountRole
  | WithdrawAccountRole
  | DisableAccount
  | EnableAccount;
