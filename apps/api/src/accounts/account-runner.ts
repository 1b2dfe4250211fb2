import { Inject, Injectable } from '@nestjs/common';
import {
  accountDecider,
  AccountLoginTaken,
  type AccountCommand,
  type AccountEvent,
  type GrantFacts,
} from '@pb/domain';
import { EventStore, UniqueClaims } from '@pb/event-store';
import { takeClaim } from '../application/unique-claim';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { CommandRunner } from '../application/command-runner';
import { Facts } from '../application/facts';
import { Sessions } from '../auth/sessions';

/** A command as its handler has it: the grant's facts are looked up here. */
export type AccountRequest =
  | Exclude<AccountCommand, { facts: GrantFacts }>
  | DistributiveOmit<Extract<AccountCommand, { facts: GrantFacts }>, 'facts'>;

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** The claim on a login, case-insensitive: held by the account's stream. */
export const loginKey = (login: string) => `account.login:${login.toLowerCase()}`;

/**
 * Runs an account's commands: looks up the member or society a grant names, keeps
 * logins unique (claimed before the invitation is appended), and ends the account's
 * sessions at once when it is disabled or its role withdrawn.
 */
@Injectable()
export class AccountRunner {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
    private readonly sessions: Sessions,
    @Inject(UniqueClaims) private readonly claims: UniqueClaims,
    @Inject(EventStore) private readonly store: EventStore,
  ) {}

  async run(request: AccountRequest, context: CommandContext): Promise<CommandOutcome> {
    const command: AccountCommand =
      request.type === 'InviteAccount' || request.type === 'GrantAccountRole'
        ? { ...request, facts: await this.grantFacts(request) }
        : request;
    return this.runner.run(
      {
        streamType: 'account',
        id: command.accountId,
        decider: accountDecider,
        command,
        reserve: (events, streamId) => this.reserve(events, streamId),
        afterCommit: (events) => this.afterCommit(command.accountId, events),
      },
      context,
    );
  }

  private async grantFacts(grant: { memberId?: string; societyId?: string }): Promise<GrantFacts> {
    return {
      memberStatus: grant.memberId ? (await this.facts.member(grant.memberId)).status : null,
      societyStatus: grant.societyId ? (await this.facts.society(grant.societyId)).status : null,
    };
  }

  private async reserve(
    events: readonly AccountEvent[],
    streamId: string,
  ): Promise<() => Promise<void>> {
    const invited = events.find((event) => event.type === 'AccountInvited');
    if (!invited) return async () => {};
    const key = loginKey(invited.data.login);
    if (!(await takeClaim(this.claims, this.store, key, streamId))) throw new AccountLoginTaken();
    return () => this.claims.release(key, streamId);
  }

  private async afterCommit(accountId: string, events: readonly AccountEvent[]): Promise<void> {
    if (events.some((e) => e.type === 'AccountDisabled' || e.type === 'AccountRoleWithdrawn'))
      await this.sessions.endSessionsOf(accountId);
  }
}
