import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { SocietyInspectionRunner } from '../society-inspection-runner';
import { ReportRectificationDoneCommand } from './report-rectification-done.command';

@CommandHandler(ReportRectificationDoneCommand)
export class ReportRectificationDoneHandler implements ICommandHandler<ReportRectificationDoneCommand> {
  constructor(private readonly inspections: SocietyInspectionRunner) {}

  execute({ payload, context }: ReportRectificationDoneCommand): Promise<CommandOutcome> {
    return this.inspections.run({ type: 'ReportRectificationDone', ...payload }, context);
  }
}
