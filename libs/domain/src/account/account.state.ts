/** 办公室 admin, 审计 auditor, 联系委员 liaison, 学会党组织 society; systems keep bearer tokens. */
export const ACCOUNT_ROLES = ['admin', 'auditor', 'liaison', 'society'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** What a role is held for: a liaison is a member, a society's secretary acts for a society. */
export interface RoleGrant {
  readonly role: AccountRole;
  readonly memberId: string | null;
  readonly societyId: string | null;
}

/** A login: 3 to 64 letters, digits, `.`, `_`, `@` or `-`. */
export const LOGIN_PATTERN = /^[A-Za-z0-9._@-]{3,64}$/;
export const DISPLAY_NAME_MAX = 40;

export type AccountStatus = 'invited' | 'active' | 'disabled';

export type AccountState =
  | { readonly status: 'none' }
  | {
      readonly status: AccountStatus;
      readonly login: string;
      readonly displayName: string;
      /** null once the role is withdrawn. */
      readonly grant: RoleGrant | null;
      /** Whether the invitation was accepted: where enabling a disabled account returns to. */
      readonly accepted: boolean;
    };
