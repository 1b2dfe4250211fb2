import { specFor } from '../shared/decider.testing';
import type { GrantFacts } from './account.commands';
import type { AccountEvent } from './account.events';
import type { RoleGrant } from './account.state';
import { accountDecider } from './account.decider';

const spec = specFor(accountDecider);
const accountId = '7d0f5c2e-1b3a-4c5d-8e9f-0a1b2c3d4e5f';
const memberId = '2b8e4f61-7c3a-4d9e-8f12-5a6b7c8d9e01';
const societyId = '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f';
const noFacts: GrantFacts = { memberStatus: null, societyStatus: null };
const memberFacts: GrantFacts = { memberStatus: 'active', societyStatus: null };
const societyFacts: GrantFacts = { memberStatus: null, societyStatus: 'registered' };

const invitedAs = (grant: Pick<RoleGrant, 'role'> & Partial<RoleGrant>): AccountEvent => ({
  type: 'AccountInvited',
  data: {
    accountId,
    login: 'wang.jg',
    displayName: '王建国',
    memberId: null,
    societyId: null,
    ...grant,
  },
});
const invited = invitedAs({ role: 'liaison', memberId });
const accepted: AccountEvent = { type: 'InvitationAccepted', data: { accountId } };
const disabled: AccountEvent = { type: 'AccountDisabled', data: { accountId, reason: '离任' } };
const withdrawn: AccountEvent = { type: 'AccountRoleWithdrawn', data: { accountId } };

const invite = (overrides: Record<string, unknown> = {}) => ({
  type: 'InviteAccount' as const,
  accountId,
  login: 'wang.jg',
  displayName: ' 王建国\u3000',
  role: 'liaison' as const,
  memberId,
  facts: memberFacts,
  ...overrides,
});

describe('account decider', () => {
  describe('InviteAccount', () => {
    it('invites a liaison with the grant, the display name normalised', () =>
      spec.given().when(invite()).then([invited]));

    it('invites an office account, dropping a member or society it does not need', () =>
      spec
        .given()
        .when({ ...invite(), role: 'admin', societyId, facts: noFacts })
        .then([invitedAs({ role: 'admin' })]));

    it('invites a society account for a registered society', () =>
      spec
        .given()
        .when({ ...invite(), role: 'society', memberId: undefined, societyId, facts: societyFacts })
        .then([invitedAs({ role: 'society', societyId })]));

    it('refuses a login with a space or too short', () => {
      spec
        .given()
        .when(invite({ login: 'wang jg' }))
        .thenFails('ACCOUNT.LOGIN_INVALID', 'login');
      spec
        .given()
        .when(invite({ login: 'wj' }))
        .thenFails('ACCOUNT.LOGIN_INVALID', 'login');
    });

    it('refuses a display name longer than 40 characters', () =>
      spec
        .given()
        .when(invite({ displayName: '王'.repeat(41) }))
        .thenFails('TEXT.TOO_LONG', 'displayName'));

    it('refuses a liaison without a member, or with an unknown or retired one', () => {
      spec
        .given()
        .when(invite({ memberId: undefined }))
        .thenFails('ACCOUNT.MEMBER_REQUIRED', 'memberId');
      spec
        .given()
        .when(invite({ facts: { memberStatus: 'unregistered', societyStatus: null } }))
        .thenFails('MEMBER.NOT_FOUND');
      spec
        .given()
        .when(invite({ facts: { memberStatus: 'retired', societyStatus: null } }))
        .thenFails('MEMBER.RETIRED');
    });

    it('refuses a society account without a society, or with an unknown or deregistered one', () => {
      const society = { role: 'society' as const, memberId: undefined };
      spec
        .given()
        .when(invite({ ...society, facts: noFacts }))
        .thenFails('ACCOUNT.SOCIETY_REQUIRED', 'societyId');
      spec
        .given()
        .when(
          invite({
            ...society,
            societyId,
            facts: { memberStatus: null, societyStatus: 'unregistered' },
          }),
        )
        .thenFails('SOCIETY.NOT_FOUND');
      spec
        .given()
        .when(
          invite({
            ...society,
            societyId,
            facts: { memberStatus: null, societyStatus: 'deregistered' },
          }),
        )
        .thenFails('SOCIETY.DEREGISTERED');
    });

    it('refuses to invite the same account twice', () =>
      spec.given([invited]).when(invite()).thenFails('ACCOUNT.ALREADY_EXISTS'));
  });

  describe('AcceptInvitation', () => {
    it('activates an invited account', () =>
      spec.given([invited]).when({ type: 'AcceptInvitation', accountId }).then([accepted]));

    it('records nothing when an active account takes a new link (a new password)', () =>
      spec.given([invited, accepted]).when({ type: 'AcceptInvitation', accountId }).thenNothing());

    it('refuses a disabled account and an unknown one', () => {
      spec
        .given([invited, disabled])
        .when({ type: 'AcceptInvitation', accountId })
        .thenFails('ACCOUNT.DISABLED');
      spec.given().when({ type: 'AcceptInvitation', accountId }).thenFails('ACCOUNT.NOT_FOUND');
    });
  });

  describe('GrantAccountRole', () => {
    const grant = { type: 'GrantAccountRole' as const, accountId };

    it('replaces the current grant', () =>
      spec
        .given([invited, accepted])
        .when({ ...grant, role: 'society', societyId, facts: societyFacts })
        .then([
          {
            type: 'AccountRoleGranted',
            data: { accountId, role: 'society', memberId: null, societyId },
          },
        ]));

    it('grants a role again after it was withdrawn', () =>
      spec
        .given([invited, withdrawn])
        .when({ ...grant, role: 'liaison', memberId, facts: memberFacts })
        .then([
          {
            type: 'AccountRoleGranted',
            data: { accountId, role: 'liaison', memberId, societyId: null },
          },
        ]));

    it('records nothing when the grant is the current one', () =>
      spec
        .given([invited])
        .when({ ...grant, role: 'liaison', memberId, facts: memberFacts })
        .thenNothing());

    it('checks the grant as an invitation does', () =>
      spec
        .given([invited])
        .when({ ...grant, role: 'society', facts: noFacts })
        .thenFails('ACCOUNT.SOCIETY_REQUIRED', 'societyId'));

    it('refuses an unknown account', () =>
      spec
        .given()
        .when({ ...grant, role: 'auditor', facts: noFacts })
        .thenFails('ACCOUNT.NOT_FOUND'));
  });

  describe('WithdrawAccountRole', () => {
    it('withdraws the role, once', () => {
      spec.given([invited]).when({ type: 'WithdrawAccountRole', accountId }).then([withdrawn]);
      spec
        .given([invited, withdrawn])
        .when({ type: 'WithdrawAccountRole', accountId })
        .thenNothing();
    });
  });

  describe('DisableAccount and EnableAccount', () => {
    it('disables with the normalised reason, once', () => {
      spec
        .given([invited, accepted])
        .when({ type: 'DisableAccount', accountId, reason: ' 离任\u3000' })
        .then([disabled]);
      spec
        .given([invited, disabled])
        .when({ type: 'DisableAccount', accountId, reason: '离任' })
        .thenNothing();
    });

    it('refuses a blank reason', () =>
      spec
        .given([invited])
        .when({ type: 'DisableAccount', accountId, reason: ' ' })
        .thenFails('TEXT.EMPTY', 'reason'));

    it('enables a disabled account, and does nothing to an enabled one', () => {
      spec
        .given([invited, accepted, disabled])
        .when({ type: 'EnableAccount', accountId })
        .then([{ type: 'AccountEnabled', data: { accountId } }]);
      spec.given([invited]).when({ type: 'EnableAccount', accountId }).thenNothing();
    });

    it('returns an enabled account to where it was: active once accepted, invited before', () => {
      const enabled: AccountEvent = { type: 'AccountEnabled', data: { accountId } };
      spec
        .given([invited, disabled, enabled])
        .when({ type: 'AcceptInvitation', accountId })
        .then([accepted]);
      spec
        .given([invited, accepted, disabled, enabled])
        .when({ type: 'AcceptInvitation', accountId })
        .thenNothing();
    });
  });
});
