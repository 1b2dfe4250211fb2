import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { serviceTaskDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { Facts } from '../../application/facts';
import { ProposeServiceTaskCommand } from './propose-service-task.command';

@CommandHandler(ProposeServiceTaskCommand)
export class ProposeServiceTaskHandler implements ICommandHandler<ProposeServiceTaskCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
  ) {}

  async execute({ payload, context }: ProposeServiceTaskCommand): Promise<CommandOutcome> {
    const facts = await this.facts.proposal(payload.societyId, payload.campaignId);
    return this.runner.run(
      {
        streamType: 'service-task',
        id: payload.taskId,
        decider: serviceTaskDecider,
        command: { type: 'ProposeServiceTask', ...payload, ...facts },
        creates: true,
      },
      context,
    );
  }
}
