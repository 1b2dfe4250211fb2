import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { serviceTaskDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { EscalateServiceTaskCommand } from './escalate-service-task.command';

@CommandHandler(EscalateServiceTaskCommand)
export class EscalateServiceTaskHandler implements ICommandHandler<EscalateServiceTaskCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: EscalateServiceTaskCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'service-task',
        id: payload.taskId,
        decider: serviceTaskDecider,
        command: { type: 'EscalateServiceTask', ...payload },
      },
      context,
    );
  }
}
