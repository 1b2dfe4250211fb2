import { assertNever, type Decider } from '../shared/decider';
import { InvalidInput } from '../shared/errors';
import { requireText } from '../shared/text';
import { REASON_MAX } from '../shared/values';
import { MemberNotFound, MemberIsRetired } from '../member/member.errors';
import { SocietyIsDeregistered, SocietyNotFound } from '../society/society.errors';
import type {
  AcceptInvitation,
  AccountCommand,
  DisableAccount,
  EnableAccount,
  GrantAccountRole,
  GrantFacts,
  InviteAccount,
  WithdrawAccountRole,
} from './account.commands';
import { AccountAlreadyExists, AccountIsDisabled, AccountNotFound } from './account.errors';
import type { AccountEvent } from './account.events';
import {
  DISPLAY_NAME_MAX,
  LOGIN_PATTERN,
  type AccountRole,
  type AccountState,
  type RoleGrant,
} from './account.state';

type Existing = Exclude<AccountState, { status: 'none' }>;

function existing(state: AccountState, accountId: string): Existing {
  if (state.status === 'none') throw new AccountNotFound(accountId);
  return state;
}

function enabled(state: AccountState, accountId: string): Existing {
  const account = existing(state, accountId);
  if (account.status === 'disabled') throw new AccountIsDisabled(accountId);
  return account;
}

/**
 * A liaison is a registered, serving member; a society account acts for a registered
 * society; admin and auditor name neither (whatever else the command carried is dropped).
 */
function grantOf(command: {
  role: AccountRole;
  memberId?: string;
  societyId?: string;
  facts: GrantFacts;
}): RoleGrant {
  const { role, memberId, societyId, facts } = command;
  if (role === 'liaison') {
    if (!memberId)
      throw new InvalidInput('memberId', 'ACCOUNT.MEMBER_REQUIRED', 'a liaison needs memberId');
    if (facts.memberStatus === 'unregistered' || facts.memberStatus === null)
      throw new MemberNotFound(memberId);
    if (facts.memberStatus === 'retired') throw new MemberIsRetired(memberId);
    return { role, memberId, societyId: null };
  }
  if (role === 'society') {
    if (!societyId)
      throw new InvalidInput(
        'societyId',
        'ACCOUNT.SOCIETY_REQUIRED',
        'a society account needs societyId',
      );
    if (facts.societyStatus === 'unregistered' || facts.societyStatus === null)
      throw new SocietyNotFound(societyId);
    if (facts.societyStatus === 'deregistered') throw new SocietyIsDeregistered(societyId);
    return { role, memberId: null, societyId };
  }
  return { role, memberId: null, societyId: null };
}

function inviteAccount(command: InviteAccount, state: AccountState): AccountEvent[] {
  if (state.status !== 'none') throw new AccountAlreadyExists(command.accountId);
  if (!LOGIN_PATTERN.test(command.login))
    throw new InvalidInput(
      'login',
      'ACCOUNT.LOGIN_INVALID',
      'login must be 3 to 64 letters, digits, ".", "_", "@" or "-"',
    );
  const displayName = requireText('displayName', command.displayName, DISPLAY_NAME_MAX);
  const grant = grantOf(command);
  return [
    {
      type: 'AccountInvited',
      data: { accountId: command.accountId, login: command.login, displayName, ...grant },
    },
  ];
}

function acceptInvitation(command: AcceptInvitation, state: AccountState): AccountEvent[] {
  const account = enabled(state, command.accountId);
  // An active account's new link sets a new password: nothing to record.
  if (account.accepted) return [];
  return [{ type: 'InvitationAccepted', data: { accountId: command.accountId } }];
}

function grantAccountRole(command: GrantAccountRole, state: AccountState): AccountEvent[] {
  const account = existing(state, command.accountId);
  const grant = grantOf(command);
  const current = account.grant;
  if (
    current &&
    current.role === grant.role &&
    current.memberId === grant.memberId &&
    current.societyId === grant.societyId
  )
    return [];
  return [{ type: 'AccountRoleGranted', data: { accountId: command.accountId, ...grant } }];
}

function withdrawAccountRole(command: WithdrawAccountRole, state: AccountState): AccountEvent[] {
  const account = existing(state, command.accountId);
  if (account.grant === null) return [];
  return [{ type: 'AccountRoleWithdrawn', data: { accountId: command.accountId } }];
}

function disableAccount(command: DisableAccount, state: AccountState): AccountEvent[] {
  const account = existing(state, command.accountId);
  const reason = requireText('reason', command.reason, REASON_MAX);
  if (account.status === 'disabled') return [];
  return [{ type: 'AccountDisabled', data: { accountId: command.accountId, reason } }];
}

function enableAccount(command: EnableAccount, state: AccountState): AccountEvent[] {
  const account = existing(state, command.accountId);
  if (account.status !== 'disabled') return [];
  return [{ type: 'AccountEnabled', data: { accountId: command.accountId } }];
}

function decide(command: AccountCommand, state: AccountState): AccountEvent[] {
  switch (command.type) {
    case 'InviteAccount':
      return inviteAccount(command, state);
    case 'AcceptInvitation':
      return acceptInvitation(command, state);
    case 'GrantAccountRole':
      return grantAccountRole(command, state);
    case 'WithdrawAccountRole':
      return withdrawAccountRole(command, state);
    case 'DisableAccount':
      return disableAccount(command, state);
    case 'EnableAccount':
      return enableAccount(command, state);
    default:
      return assertNever(command);
  }
}

function evolve(state: AccountState, event: AccountEvent): AccountState {
  if (event.type === 'AccountInvited') {
    const { login, displayName, role, memberId, societyId } = event.data;
    return {
      status: 'invited',
      login,
      displayName,
      grant: { role, memberId, societyId },
      accepted: false,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'InvitationAccepted':
      return { ...state, status: 'active', accepted: true };
    case 'AccountRoleGranted': {
      const { role, memberId, societyId } = event.data;
      return { ...state, grant: { role, memberId, societyId } };
    }
    case 'AccountRoleWithdrawn':
      return { ...state, grant: null };
    case 'AccountDisabled':
      return { ...state, status: 'disabled' };
    case 'AccountEnabled':
      return { ...state, status: state.accepted ? 'active' : 'invited' };
    default:
      return assertNever(event);
  }
}

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
