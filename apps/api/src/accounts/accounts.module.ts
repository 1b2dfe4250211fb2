import { Module } from '@nestjs/common';
import { OidcClient } from '../auth/oidc-client';
import { OidcController } from '../auth/oidc.controller';
import { SessionController } from '../auth/session.controller';
import { AcceptInvitationHandler } from './accept-invitation/accept-invitation.handler';
import { AccountRunner } from './account-runner';
import { AccountsController } from './accounts.controller';
import { DisableAccountHandler } from './disable-account/disable-account.handler';
import { EnableAccountHandler } from './enable-account/enable-account.handler';
import { GrantAccountRoleHandler } from './grant-account-role/grant-account-role.handler';
import { InviteAccountHandler } from './invite-account/invite-account.handler';
import { WithdrawAccountRoleHandler } from './withdraw-account-role/withdraw-account-role.handler';

/** Accounts and their sign-in (the session routes live in auth/, beside the guard). */
@Module({
  controllers: [AccountsController, SessionController, OidcController],
  providers: [
    AccountRunner,
    OidcClient,
    InviteAccountHandler,
    AcceptInvitationHandler,
    GrantAccountRoleHandler,
    WithdrawAccountRoleHandler,
    DisableAccountHandler,
    EnableAccountHandler,
  ],
  exports: [AccountRunner],
})
export class AccountsModule {}
