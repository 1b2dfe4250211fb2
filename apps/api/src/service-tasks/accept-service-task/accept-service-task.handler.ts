import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { serviceTaskDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { AcceptServiceTaskCommand } from './accept-service-task.command';

@CommandHandler(AcceptServiceTaskCommand)
export class AcceptServiceTaskHandler implements ICommandHandler<AcceptServiceTaskCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: AcceptServiceTaskCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'service-task',
        id: payload.taskId,
        decider: serviceTaskDecider,
        command: { type: 'AcceptServiceTask', ...payload },
      },
      context,
    );
  }
}
