import { idInStream, isEventOfStream, type EnvelopeOf } from '@pb/contracts';
import type { AccountEvent, AccountRole, AccountStatus } from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';

/** An account as the office lists it; credentials and sessions live elsewhere, never here. */
export interface AccountView extends EntityDocument {
  readonly accountId: string;
  readonly login: string;
  readonly displayName: string;
  readonly role: AccountRole | null;
  readonly memberId: string | null;
  readonly societyId: string | null;
  readonly status: AccountStatus;
  /** Whether the invitation was accepted: where enabling returns the account to. */
  readonly accepted: boolean;
  readonly invitedAt: string;
  readonly activatedAt: string | null;
  readonly version: number;
  readonly updatedAt: string;
}

export const accountProjection: EntityProjection<AccountView, EnvelopeOf<AccountEvent>> = {
  spec: { name: 'accounts', indexes: ['login', 'status', 'role'] },
  handles: isEventOfStream<AccountEvent>('account'),
  documentId: (event) => idInStream(event.streamId),
  apply(doc, event) {
    const touched = { version: event.seq, updatedAt: event.recordedAt };
    switch (event.type) {
      case 'AccountInvited': {
        const { accountId, login, displayName, role, memberId, societyId } = event.data;
        return {
          _id: accountId,
          accountId,
          login,
          displayName,
          role,
          memberId,
          societyId,
          status: 'invited',
          accepted: false,
          invitedAt: event.recordedAt,
          activatedAt: null,
          ...touched,
        };
      }
      case 'InvitationAccepted':
        return (
          doc && {
            ...doc,
            status: 'active',
            accepted: true,
            activatedAt: event.recordedAt,
            ...touched,
          }
        );
      case 'AccountRoleGranted': {
        const { role, memberId, societyId } = event.data;
        return doc && { ...doc, role, memberId, societyId, ...touched };
      }
      case 'AccountRoleWithdrawn':
        return doc && { ...doc, role: null, memberId: null, societyId: null, ...touched };
      case 'AccountDisabled':
        return doc && { ...doc, status: 'disabled', ...touched };
      case 'AccountEnabled':
        return doc && { ...doc, status: doc.accepted ? 'active' : 'invited', ...touched };
      default:
        return doc && { ...doc, ...touched };
    }
  },
};
