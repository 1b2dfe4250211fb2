import { Command } from '@nestjs/cqrs';
import type { SetLifeRequirements } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 设定组织生活要求: the year's whole table. */
export class SetLifeRequirementsCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<SetLifeRequirements, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
