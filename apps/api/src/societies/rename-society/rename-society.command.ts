import { Command } from '@nestjs/cqrs';
import type { RenameSociety } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 学会更名: a society renamed; the handler claims the new name and releases the old one. */
export class RenameSocietyCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<RenameSociety, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
