import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { inspectionBatchDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { Facts } from '../../application/facts';
import { CloseInspectionBatchCommand } from './close-inspection-batch.command';

@CommandHandler(CloseInspectionBatchCommand)
export class CloseInspectionBatchHandler implements ICommandHandler<CloseInspectionBatchCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
  ) {}

  async execute({ payload, context }: CloseInspectionBatchCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'inspection-batch',
        id: payload.batchId,
        decider: inspectionBatchDecider,
        command: {
          type: 'CloseInspectionBatch',
          ...payload,
          everyInspectionClosed: await this.facts.everyInspectionClosed(payload.batchId),
        },
      },
      context,
    );
  }
}
