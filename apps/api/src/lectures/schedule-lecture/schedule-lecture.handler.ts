import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { lectureDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { Facts } from '../../application/facts';
import { ScheduleLectureCommand } from './schedule-lecture.command';

@CommandHandler(ScheduleLectureCommand)
export class ScheduleLectureHandler implements ICommandHandler<ScheduleLectureCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
  ) {}

  async execute({ payload, context }: ScheduleLectureCommand): Promise<CommandOutcome> {
    const { campaignId, societyId, lecturerId } = payload;
    const facts = await this.facts.scheduling(campaignId, societyId, lecturerId);
    return this.runner.run(
      {
        streamType: 'lecture',
        id: payload.lectureId,
        decider: lectureDecider,
        command: { type: 'ScheduleLecture', ...payload, ...facts },
        creates: true,
      },
      context,
    );
  }
}
