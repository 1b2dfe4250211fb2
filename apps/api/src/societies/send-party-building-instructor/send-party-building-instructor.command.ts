import { Command } from '@nestjs/cqrs';
import type { SendPartyBuildingInstructor } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 派驻党建指导员: one at a time. */
export class SendPartyBuildingInstructorCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<SendPartyBuildingInstructor, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
