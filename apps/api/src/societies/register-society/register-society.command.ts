import { Command } from '@nestjs/cqrs';
import type { RegisterSociety } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

export class RegisterSocietyCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<RegisterSociety, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
