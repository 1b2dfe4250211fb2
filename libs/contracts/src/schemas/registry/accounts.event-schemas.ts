import accountInvitedV1 from '../events/account-invited.v1.schema.json';
import invitationAcceptedV1 from '../events/invitation-accepted.v1.schema.json';
import accountRoleGrantedV1 from '../events/account-role-granted.v1.schema.json';
import accountRoleWithdrawnV1 from '../events/account-role-withdrawn.v1.schema.json';
import accountDisabledV1 from '../events/account-disabled.v1.schema.json';
import accountEnabledV1 from '../events/account-enabled.v1.schema.json';
import { eventDataSchema, type EventDataSchema } from '../event-data-schema';

/** The people who sign in: invitations, role grants, disabling. Never a credential. */
export const ACCOUNT_EVENT_SCHEMAS: readonly EventDataSchema[] = [
  eventDataSchema('AccountInvited', 1, accountInvitedV1),
  eventDataSchema('InvitationAccepted', 1, invitationAcceptedV1),
  eventDataSchema('AccountRoleGranted', 1, accountRoleGrantedV1),
  eventDataSchema('AccountRoleWithdrawn', 1, accountRoleWithdrawnV1),
  eventDataSchema('AccountDisabled', 1, accountDisabledV1),
  eventDataSchema('AccountEnabled', 1, accountEnabledV1),
];
