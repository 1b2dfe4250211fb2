import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { lectureDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { ReturnLectureCommand } from './return-lecture.command';

@CommandHandler(ReturnLectureCommand)
export class ReturnLectureHandler implements ICommandHandler<ReturnLectureCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: ReturnLectureCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'lecture',
        id: payload.lectureId,
        decider: lectureDecider,
        command: { type: 'ReturnLecture', ...payload },
      },
      context,
    );
  }
}
