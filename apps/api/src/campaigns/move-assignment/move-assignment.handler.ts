import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { campaignDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { Facts } from '../../application/facts';
import { LiaisonWarnings } from '../liaison-warnings';
import { MoveAssignmentCommand } from './move-assignment.command';

@CommandHandler(MoveAssignmentCommand)
export class MoveAssignmentHandler implements ICommandHandler<MoveAssignmentCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
    private readonly warnings: LiaisonWarnings,
  ) {}

  async execute({ payload, context }: MoveAssignmentCommand): Promise<CommandOutcome> {
    const facts = await this.facts.assignment(payload.societyId, payload.liaisonId);
    const outcome = await this.runner.run(
      {
        streamType: 'campaign',
        id: payload.campaignId,
        decider: campaignDecider,
        command: { type: 'MoveAssignment', ...payload, ...facts },
      },
      context,
    );
    return this.warnings.added(outcome);
  }
}
