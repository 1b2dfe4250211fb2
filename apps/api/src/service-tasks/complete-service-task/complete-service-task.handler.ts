import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { serviceTaskDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { occurredOn } from '../../application/occurred-on';
import { CompleteServiceTaskCommand } from './complete-service-task.command';

@CommandHandler(CompleteServiceTaskCommand)
export class CompleteServiceTaskHandler implements ICommandHandler<CompleteServiceTaskCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: CompleteServiceTaskCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'service-task',
        id: payload.taskId,
        decider: serviceTaskDecider,
        command: { type: 'CompleteServiceTask', ...payload },
        occurredAt: occurredOn(payload.completedOn),
      },
      context,
    );
  }
}
