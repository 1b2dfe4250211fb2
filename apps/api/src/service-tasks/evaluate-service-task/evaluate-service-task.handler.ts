import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { serviceTaskDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { EvaluateServiceTaskCommand } from './evaluate-service-task.command';

@CommandHandler(EvaluateServiceTaskCommand)
export class EvaluateServiceTaskHandler implements ICommandHandler<EvaluateServiceTaskCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: EvaluateServiceTaskCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'service-task',
        id: payload.taskId,
        decider: serviceTaskDecider,
        command: { type: 'EvaluateServiceTask', ...payload },
      },
      context,
    );
  }
}
