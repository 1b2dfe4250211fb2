import { Command } from '@nestjs/cqrs';
import type { AcceptRectification } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';
import type { InspectionCase } from '../society-inspection-runner';

/** 销号: an inspector of the batch accepts a reported item. */
export class AcceptRectificationCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<AcceptRectification, 'type' | 'inspectionId'> & InspectionCase,
    readonly context: CommandContext,
  ) {
    super();
  }
}
