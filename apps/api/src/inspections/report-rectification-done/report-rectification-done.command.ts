import { Command } from '@nestjs/cqrs';
import type { ReportRectificationDone } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';
import type { InspectionCase } from '../society-inspection-runner';

/** 报告整改完成: the society reports an item done, with evidence. */
export class ReportRectificationDoneCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<ReportRectificationDone, 'type' | 'inspectionId'> & InspectionCase,
    readonly context: CommandContext,
  ) {
    super();
  }
}
