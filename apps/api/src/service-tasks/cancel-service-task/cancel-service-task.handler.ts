import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { serviceTaskDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { CancelServiceTaskCommand } from './cancel-service-task.command';

@CommandHandler(CancelServiceTaskCommand)
export class CancelServiceTaskHandler implements ICommandHandler<CancelServiceTaskCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: CancelServiceTaskCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'service-task',
        id: payload.taskId,
        decider: serviceTaskDecider,
        command: { type: 'CancelServiceTask', ...payload },
      },
      context,
    );
  }
}
