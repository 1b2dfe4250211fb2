import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { campaignDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { LiaisonWarnings } from '../liaison-warnings';
import { WithdrawAssignmentCommand } from './withdraw-assignment.command';

@CommandHandler(WithdrawAssignmentCommand)
export class WithdrawAssignmentHandler implements ICommandHandler<WithdrawAssignmentCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly warnings: LiaisonWarnings,
  ) {}

  async execute({ payload, context }: WithdrawAssignmentCommand): Promise<CommandOutcome> {
    const outcome = await this.runner.run(
      {
        streamType: 'campaign',
        id: payload.campaignId,
        decider: campaignDecider,
        command: { type: 'WithdrawAssignment', ...payload },
      },
      context,
    );
    return this.warnings.added(outcome);
  }
}
