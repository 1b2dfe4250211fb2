import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { AccountRunner } from '../account-runner';
import { GrantAccountRoleCommand } from './grant-account-role.command';

@CommandHandler(GrantAccountRoleCommand)
export class GrantAccountRoleHandler implements ICommandHandler<GrantAccountRoleCommand> {
  constructor(private readonly accounts: AccountRunner) {}

  execute({ payload, context }: GrantAccountRoleCommand): Promise<CommandOutcome> {
    return this.accounts.run({ type: 'GrantAccountRole', ...payload }, context);
  }
}
