import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { AccountRunner } from '../account-runner';
import { DisableAccountCommand } from './disable-account.command';

@CommandHandler(DisableAccountCommand)
export class DisableAccountHandler implements ICommandHandler<DisableAccountCommand> {
  constructor(private readonly accounts: AccountRunner) {}

  execute({ payload, context }: DisableAccountCommand): Promise<CommandOutcome> {
    return this.accounts.run({ type: 'DisableAccount', ...payload }, context);
  }
}
