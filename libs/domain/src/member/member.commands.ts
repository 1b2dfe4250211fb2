import type { MemberPosition } from './member.state';

export interface RegisterMember {
  readonly type: 'RegisterMember';
  readonly memberId: string;
  readonly name: string;
  readonly position: MemberPosition;
  readonly organisation?: string;
}

export interface ChangeMemberPosition {
  readonly type: 'ChangeMemberPosition';
  readonly memberId: string;
  readonly position: MemberPosition;
  readonly reason?: string;
}

export interface RetireMember {
  readonly type: 'RetireMember';
  readonly memberId: string;
  readonly reason: string;
}

export type MemberCommand = RegisterMember | ChangeMemberPosition | RetireMember;
