import { specFor } from '../shared/decider.testing';
import type { MemberEvent } from './member.events';
import { memberDecider } from './member.decider';

const spec = specFor(memberDecider);
const memberId = '2b8e4f61-7c3a-4d9e-8f12-5a6b7c8d9e01';
const registered: MemberEvent = {
  type: 'MemberRegistered',
  data: { memberId, name: '王建国', position: 'member', organisation: '天津市建筑学会' },
};
const retired: MemberEvent = { type: 'MemberRetired', data: { memberId, reason: '到龄退休' } };

describe('member decider', () => {
  describe('RegisterMember', () => {
    it('registers a committee member with the normalised name and organisation', () =>
      spec
        .given()
        .when({
          type: 'RegisterMember',
          memberId,
          name: '\u3000王建国 ',
          position: 'member',
          organisation: ' 天津市建筑学会\u3000',
        })
        .then([registered]));

    it('registers a lecture expert who belongs to no organisation', () =>
      spec
        .given()
        .when({ type: 'RegisterMember', memberId, name: '李秀英', position: 'expert' })
        .then([
          {
            type: 'MemberRegistered',
            data: { memberId, name: '李秀英', position: 'expert', organisation: null },
          },
        ]));

    it('refuses a blank name', () =>
      spec
        .given()
        .when({ type: 'RegisterMember', memberId, name: ' \u3000 ', position: 'member' })
        .thenFails('TEXT.EMPTY', 'name'));

    it('refuses a name longer than 50 characters', () => {
      spec
        .given()
        .when({ type: 'RegisterMember', memberId, name: '王'.repeat(50), position: 'member' })
        .then([
          {
            type: 'MemberRegistered',
            data: { memberId, name: '王'.repeat(50), position: 'member', organisation: null },
          },
        ]);
      spec
        .given()
        .when({ type: 'RegisterMember', memberId, name: '王'.repeat(51), position: 'member' })
        .thenFails('TEXT.TOO_LONG', 'name');
    });

    it('refuses a blank organisation when one is given', () =>
      spec
        .given()
        .when({
          type: 'RegisterMember',
          memberId,
          name: '王建国',
          position: 'member',
          organisation: '\u3000',
        })
        .thenFails('TEXT.EMPTY', 'organisation'));

    it('refuses an organisation longer than 100 characters', () =>
      spec
        .given()
        .when({
          type: 'RegisterMember',
          memberId,
          name: '王建国',
          position: 'member',
          organisation: '会'.repeat(101),
        })
        .thenFails('TEXT.TOO_LONG', 'organisation'));

    it('refuses to register the same member twice', () =>
      spec
        .given([registered])
        .when({ type: 'RegisterMember', memberId, name: '王建国', position: 'member' })
        .thenFails('MEMBER.ALREADY_REGISTERED'));

    it('refuses to register a retired member again', () =>
      spec
        .given([registered, retired])
        .when({ type: 'RegisterMember', memberId, name: '王建国', position: 'member' })
        .thenFails('MEMBER.ALREADY_REGISTERED'));
  });

  describe('ChangeMemberPosition', () => {
    it('changes the position and records the previous one and the reason', () =>
      spec
        .given([registered])
        .when({
          type: 'ChangeMemberPosition',
          memberId,
          position: 'secretary',
          reason: '支部换届选举',
        })
        .then([
          {
            type: 'MemberPositionChanged',
            data: {
              memberId,
              position: 'secretary',
              previousPosition: 'member',
              reason: '支部换届选举',
            },
          },
        ]));

    it('records no reason when none is given', () =>
      spec
        .given([registered])
        .when({ type: 'ChangeMemberPosition', memberId, position: 'discipline-member' })
        .then([
          {
            type: 'MemberPositionChanged',
            data: {
              memberId,
              position: 'discipline-member',
              previousPosition: 'member',
              reason: null,
            },
          },
        ]));

    it('takes the previous position from the latest change', () =>
      spec
        .given([
          registered,
          {
            type: 'MemberPositionChanged',
            data: {
              memberId,
              position: 'deputy-secretary',
              previousPosition: 'member',
              reason: null,
            },
          },
        ])
        .when({ type: 'ChangeMemberPosition', memberId, position: 'secretary' })
        .then([
          {
            type: 'MemberPositionChanged',
            data: {
              memberId,
              position: 'secretary',
              previousPosition: 'deputy-secretary',
              reason: null,
            },
          },
        ]));

    it('does nothing when the position is unchanged', () =>
      spec
        .given([registered])
        .when({ type: 'ChangeMemberPosition', memberId, position: 'member', reason: '重复提交' })
        .thenNothing());

    it('does nothing when the position is changed back to the current one after an earlier change', () =>
      spec
        .given([
          registered,
          {
            type: 'MemberPositionChanged',
            data: { memberId, position: 'secretary', previousPosition: 'member', reason: null },
          },
        ])
        .when({ type: 'ChangeMemberPosition', memberId, position: 'secretary' })
        .thenNothing());

    it('refuses a blank reason when one is given', () =>
      spec
        .given([registered])
        .when({ type: 'ChangeMemberPosition', memberId, position: 'secretary', reason: ' ' })
        .thenFails('TEXT.EMPTY', 'reason'));

    it('refuses a reason longer than 500 characters', () =>
      spec
        .given([registered])
        .when({
          type: 'ChangeMemberPosition',
          memberId,
          position: 'secretary',
          reason: '因'.repeat(501),
        })
        .thenFails('TEXT.TOO_LONG', 'reason'));

    it('refuses an unknown member', () =>
      spec
        .given()
        .when({ type: 'ChangeMemberPosition', memberId, position: 'secretary' })
        .thenFails('MEMBER.NOT_FOUND'));

    it('refuses a retired member', () =>
      spec
        .given([registered, retired])
        .when({ type: 'ChangeMemberPosition', memberId, position: 'secretary' })
        .thenFails('MEMBER.RETIRED'));

    it('refuses a retired member even when the position is unchanged', () =>
      spec
        .given([registered, retired])
        .when({ type: 'ChangeMemberPosition', memberId, position: 'member' })
        .thenFails('MEMBER.RETIRED'));
  });

  describe('RetireMember', () => {
    it('retires an active member with the normalised reason', () =>
      spec
        .given([registered])
        .when({ type: 'RetireMember', memberId, reason: ' 到龄退休\u3000' })
        .then([retired]));

    it('retires a member whose position has changed', () =>
      spec
        .given([
          registered,
          {
            type: 'MemberPositionChanged',
            data: { memberId, position: 'secretary', previousPosition: 'member', reason: null },
          },
        ])
        .when({ type: 'RetireMember', memberId, reason: '到龄退休' })
        .then([retired]));

    it('refuses a blank reason', () =>
      spec
        .given([registered])
        .when({ type: 'RetireMember', memberId, reason: '\u3000' })
        .thenFails('TEXT.EMPTY', 'reason'));

    it('refuses a reason longer than 500 characters', () =>
      spec
        .given([registered])
        .when({ type: 'RetireMember', memberId, reason: '因'.repeat(501) })
        .thenFails('TEXT.TOO_LONG', 'reason'));

    it('refuses an unknown member', () =>
      spec
        .given()
        .when({ type: 'RetireMember', memberId, reason: '到龄退休' })
        .thenFails('MEMBER.NOT_FOUND'));

    it('refuses to retire a member twice', () =>
      spec
        .given([registered, retired])
        .when({ type: 'RetireMember', memberId, reason: '再次' })
        .thenFails('MEMBER.RETIRED'));
  });
});
