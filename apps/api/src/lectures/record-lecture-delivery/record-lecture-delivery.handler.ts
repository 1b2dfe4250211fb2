import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { lectureDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { occurredOn } from '../../application/occurred-on';
import { RecordLectureDeliveryCommand } from './record-lecture-delivery.command';

@CommandHandler(RecordLectureDeliveryCommand)
export class RecordLectureDeliveryHandler implements ICommandHandler<RecordLectureDeliveryCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: RecordLectureDeliveryCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'lecture',
        id: payload.lectureId,
        decider: lectureDecider,
        command: { type: 'RecordLectureDelivery', ...payload },
        occurredAt: occurredOn(payload.deliveredOn),
      },
      context,
    );
  }
}
