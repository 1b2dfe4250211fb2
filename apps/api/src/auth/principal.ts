/** 办公室 admin, 审计 auditor, 联系委员 liaison, 学会党组织 society, 其他系统 integration. */
export const ROLES = ['admin', 'auditor', 'liaison', 'society', 'integration'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from a verified token. Never from the body. */
export interface Principal {
  /** The token's subject: the actor written into every event. */
  readonly sub: string;
  readonly role: Role;
  /** For a liaison: the committee member (or expert) they are. */
  readonly memberId: string | null;
  /** For a society: the society whose party secretary they are. */
  readonly societyId: string | null;
  /** For an integration account: what it may do, e.g. `reports:read`. */
  readonly scopes: readonly string[];
}

export const SCOPES = ['societies:write', 'reports:read', 'audit:read'] as const;
