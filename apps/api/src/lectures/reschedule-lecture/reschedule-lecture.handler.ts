import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { lectureDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { RescheduleLectureCommand } from './reschedule-lecture.command';

@CommandHandler(RescheduleLectureCommand)
export class RescheduleLectureHandler implements ICommandHandler<RescheduleLectureCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: RescheduleLectureCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'lecture',
        id: payload.lectureId,
        decider: lectureDecider,
        command: { type: 'RescheduleLecture', ...payload },
      },
      context,
    );
  }
}
