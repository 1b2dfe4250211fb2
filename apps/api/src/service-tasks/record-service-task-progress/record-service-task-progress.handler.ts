import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { serviceTaskDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { RecordServiceTaskProgressCommand } from './record-service-task-progress.command';

@CommandHandler(RecordServiceTaskProgressCommand)
export class RecordServiceTaskProgressHandler implements ICommandHandler<RecordServiceTaskProgressCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: RecordServiceTaskProgressCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'service-task',
        id: payload.taskId,
        decider: serviceTaskDecider,
        command: { type: 'RecordServiceTaskProgress', ...payload },
      },
      context,
    );
  }
}
