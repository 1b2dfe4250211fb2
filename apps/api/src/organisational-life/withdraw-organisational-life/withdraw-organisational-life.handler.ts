import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { organisationalLifeDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { WithdrawOrganisationalLifeCommand } from './withdraw-organisational-life.command';

@CommandHandler(WithdrawOrganisationalLifeCommand)
export class WithdrawOrganisationalLifeHandler implements ICommandHandler<WithdrawOrganisationalLifeCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: WithdrawOrganisationalLifeCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'organisational-life',
        id: payload.recordId,
        decider: organisationalLifeDecider,
        command: { type: 'WithdrawOrganisationalLife', ...payload },
      },
      context,
    );
  }
}
