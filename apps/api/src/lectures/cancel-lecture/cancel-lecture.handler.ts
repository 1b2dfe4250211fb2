import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { lectureDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { CancelLectureCommand } from './cancel-lecture.command';

@CommandHandler(CancelLectureCommand)
export class CancelLectureHandler implements ICommandHandler<CancelLectureCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: CancelLectureCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'lecture',
        id: payload.lectureId,
        decider: lectureDecider,
        command: { type: 'CancelLecture', ...payload },
      },
      context,
    );
  }
}
