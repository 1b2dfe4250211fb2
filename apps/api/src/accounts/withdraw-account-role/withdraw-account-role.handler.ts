import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { AccountRunner } from '../account-runner';
import { WithdrawAccountRoleCommand } from './withdraw-account-role.command';

@CommandHandler(WithdrawAccountRoleCommand)
export class WithdrawAccountRoleHandler implements ICommandHandler<WithdrawAccountRoleCommand> {
  constructor(private readonly accounts: AccountRunner) {}

  execute({ payload, context }: WithdrawAccountRoleCommand): Promise<CommandOutcome> {
    return this.accounts.run({ type: 'WithdrawAccountRole', ...payload }, context);
  }
}
