import { Command } from '@nestjs/cqrs';
import type { CloseSocietyInspection } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';
import type { InspectionCase } from '../society-inspection-runner';

/** 结束检查: a society's inspection closed, every item accepted (or nothing found). */
export class CloseSocietyInspectionCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<CloseSocietyInspection, 'type' | 'inspectionId'> & InspectionCase,
    readonly context: CommandContext,
  ) {
    super();
  }
}
