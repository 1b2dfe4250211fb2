import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { serviceTaskDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { CastServiceTaskBallotCommand } from './cast-service-task-ballot.command';

@CommandHandler(CastServiceTaskBallotCommand)
export class CastServiceTaskBallotHandler implements ICommandHandler<CastServiceTaskBallotCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: CastServiceTaskBallotCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'service-task',
        id: payload.taskId,
        decider: serviceTaskDecider,
        command: { type: 'CastServiceTaskBallot', ...payload },
      },
      context,
    );
  }
}
