import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { AccountRunner } from '../account-runner';
import { EnableAccountCommand } from './enable-account.command';

@CommandHandler(EnableAccountCommand)
export class EnableAccountHandler implements ICommandHandler<EnableAccountCommand> {
  constructor(private readonly accounts: AccountRunner) {}

  execute({ payload, context }: EnableAccountCommand): Promise<CommandOutcome> {
    return this.accounts.run({ type: 'EnableAccount', ...payload }, context);
  }
}
