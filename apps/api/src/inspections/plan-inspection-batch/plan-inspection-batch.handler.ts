import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { inspectionBatchDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { PlanInspectionBatchCommand } from './plan-inspection-batch.command';

@CommandHandler(PlanInspectionBatchCommand)
export class PlanInspectionBatchHandler implements ICommandHandler<PlanInspectionBatchCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: PlanInspectionBatchCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'inspection-batch',
        id: payload.batchId,
        decider: inspectionBatchDecider,
        command: { type: 'PlanInspectionBatch', ...payload },
      },
      context,
    );
  }
}
