import type { DomainEvent } from '../shared/decider';
import type { MemberPosition } from './member.state';

export type MemberRegistered = DomainEvent<
  'MemberRegistered',
  { memberId: string; name: string; position: MemberPosition; organisation: string | null }
>;
export type MemberPositionChanged = DomainEvent<
  'MemberPositionChanged',
  {
    memberId: string;
    position: MemberPosition;
    previousPosition: MemberPosition;
    reason: string | null;
  }
>;
export type MemberRetired = DomainEvent<'MemberRetired', { memberId: string; reason: string }>;

export type MemberEvent = MemberRegistered | MemberPositionChanged | MemberRetired;
