import { Command } from '@nestjs/cqrs';
import type { RecordFinding } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';
import type { InspectionCase } from '../society-inspection-runner';

/** 发现问题: a finding with its category and severity. */
export class RecordFindingCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<RecordFinding, 'type' | 'inspectionId'> & InspectionCase,
    readonly context: CommandContext,
  ) {
    super();
  }
}
