import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { serviceTaskDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { CloseServiceTaskRatingCommand } from './close-service-task-rating.command';

@CommandHandler(CloseServiceTaskRatingCommand)
export class CloseServiceTaskRatingHandler implements ICommandHandler<CloseServiceTaskRatingCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: CloseServiceTaskRatingCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'service-task',
        id: payload.taskId,
        decider: serviceTaskDecider,
        command: { type: 'CloseServiceTaskRating', ...payload },
      },
      context,
    );
  }
}
