import { Command } from '@nestjs/cqrs';
import type { RecallPartyBuildingInstructor } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 召回党建指导员: the instructor in post leaves on the day given. */
export class RecallPartyBuildingInstructorCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<RecallPartyBuildingInstructor, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
