import type { Role } from '../../session';

export interface AccountRow {
  id: string;
  login: string;
  displayName: string;
  role: Role | null;
  memberId: string | null;
  societyId: string | null;
  status: 'invited' | 'active' | 'disabled';
  invitedAt: string;
  version: number;
}

export interface Invitation {
  token: string;
  path: string;
  expiresAt: string;
}

/** A role with the record it acts for: a liaison is a member, a society account a society. */
export interface Grant {
  role: Role | '';
  memberId: string;
  societyId: string;
}

/** The body of a grant: only the id the role takes. */
export function grantBody(grant: Grant): Record<string, string> {
  if (grant.role === 'liaison') return { role: grant.role, memberId: grant.memberId };
  if (grant.role === 'society') return { role: grant.role, societyId: grant.societyId };
  return { role: grant.role };
}

/** The whole link to hand to the person, on this server. */
export function invitationLink(invitation: Invitation): string {
  return new URL(invitation.path, window.location.origin).href;
}
