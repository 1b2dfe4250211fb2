import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { AccountRunner } from '../account-runner';
import { InviteAccountCommand } from './invite-account.command';

@CommandHandler(InviteAccountCommand)
export class InviteAccountHandler implements ICommandHandler<InviteAccountCommand> {
  constructor(private readonly accounts: AccountRunner) {}

  execute({ payload, context }: InviteAccountCommand): Promise<CommandOutcome> {
    return this.accounts.run({ type: 'InviteAccount', ...payload }, context);
  }
}
