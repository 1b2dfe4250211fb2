/** Who is signed in, as GET /session answers; null before sign-in or after sign-out. */
import { ref } from 'vue';

export type Role = 'admin' | 'auditor' | 'liaison' | 'society';

export interface Account {
  readonly id: string;
  readonly login: string;
  readonly displayName: string;
  readonly role: Role | null;
  readonly memberId: string | null;
  readonly societyId: string | null;
}

export interface Session {
  readonly account: Account;
  readonly csrfToken: string;
}

export const session = ref<Session | null>(null);

export const ROLE_NAMES: Record<Role, string> = {
  admin: '党委办公室',
  auditor: '审计',
  liaison: '联系委员',
  society: '学会党组织',
};
