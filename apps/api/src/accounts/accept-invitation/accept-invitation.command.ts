import { Command } from '@nestjs/cqrs';
import type { AcceptInvitation } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 接受邀请: the invited person set a password. */
export class AcceptInvitationCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<AcceptInvitation, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * The person themself accepts (by a one-time link, or vouched for by the federation's
 * provider): the account is the actor; a request has no Idempotency-Key or If-Match here.
 */
export function acceptedByThemself(accountId: string, correlationId: string) {
  return new AcceptInvitationCommand(
    { accountId },
    {
      actor: `account:${accountId}`,
      correlationId,
      idempotencyKey: null,
      expectedVersion: null,
    },
  );
}
