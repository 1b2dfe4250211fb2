import { Command } from '@nestjs/cqrs';
import type { ReturnRectification } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';
import type { InspectionCase } from '../society-inspection-runner';

/** 退回整改: an inspector of the batch returns a reported item, with the reason. */
export class ReturnRectificationCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<ReturnRectification, 'type' | 'inspectionId'> & InspectionCase,
    readonly context: CommandContext,
  ) {
    super();
  }
}
