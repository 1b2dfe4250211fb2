import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { lectureDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { ConfirmLectureCommand } from './confirm-lecture.command';

@CommandHandler(ConfirmLectureCommand)
export class ConfirmLectureHandler implements ICommandHandler<ConfirmLectureCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: ConfirmLectureCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'lecture',
        id: payload.lectureId,
        decider: lectureDecider,
        command: { type: 'ConfirmLecture', ...payload },
      },
      context,
    );
  }
}
