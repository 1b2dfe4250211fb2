import { Command } from '@nestjs/cqrs';
import type { AddRectificationItem } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';
import type { InspectionCase } from '../society-inspection-runner';

/** 整改事项: what the society has to do about a finding, and by when. */
export class AddRectificationItemCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<AddRectificationItem, 'type' | 'inspectionId'> & InspectionCase,
    readonly context: CommandContext,
  ) {
    super();
  }
}
