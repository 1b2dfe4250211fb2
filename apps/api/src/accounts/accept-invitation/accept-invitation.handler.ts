import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { AccountRunner } from '../account-runner';
import { AcceptInvitationCommand } from './accept-invitation.command';

@CommandHandler(AcceptInvitationCommand)
export class AcceptInvitationHandler implements ICommandHandler<AcceptInvitationCommand> {
  constructor(private readonly accounts: AccountRunner) {}

  execute({ payload, context }: AcceptInvitationCommand): Promise<CommandOutcome> {
    return this.accounts.run({ type: 'AcceptInvitation', ...payload }, context);
  }
}
