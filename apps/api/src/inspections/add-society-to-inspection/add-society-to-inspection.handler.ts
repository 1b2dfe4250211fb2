import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { inspectionBatchDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { Facts } from '../../application/facts';
import { AddSocietyToInspectionCommand } from './add-society-to-inspection.command';

@CommandHandler(AddSocietyToInspectionCommand)
export class AddSocietyToInspectionHandler implements ICommandHandler<AddSocietyToInspectionCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
  ) {}

  async execute({ payload, context }: AddSocietyToInspectionCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'inspection-batch',
        id: payload.batchId,
        decider: inspectionBatchDecider,
        command: {
          type: 'AddSocietyToInspection',
          ...payload,
          societyStatus: await this.facts.societyStatus(payload.societyId),
        },
      },
      context,
    );
  }
}
