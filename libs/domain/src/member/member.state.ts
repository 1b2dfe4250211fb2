/** 委员 member, 书记 secretary, 副书记 deputy-secretary, 纪检委员 discipline-member, 宣讲专家 expert (not on the committee). */
export const MEMBER_POSITIONS = [
  'member',
  'secretary',
  'deputy-secretary',
  'discipline-member',
  'expert',
] as const;
export type MemberPosition = (typeof MEMBER_POSITIONS)[number];

export type MemberState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'active' | 'retired';
      readonly name: string;
      readonly position: MemberPosition;
    };
