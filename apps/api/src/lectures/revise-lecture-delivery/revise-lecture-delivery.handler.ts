import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { lectureDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { occurredOn } from '../../application/occurred-on';
import { ReviseLectureDeliveryCommand } from './revise-lecture-delivery.command';

@CommandHandler(ReviseLectureDeliveryCommand)
export class ReviseLectureDeliveryHandler implements ICommandHandler<ReviseLectureDeliveryCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: ReviseLectureDeliveryCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'lecture',
        id: payload.lectureId,
        decider: lectureDecider,
        command: { type: 'ReviseLectureDelivery', ...payload },
        occurredAt: occurredOn(payload.deliveredOn),
      },
      context,
    );
  }
}
