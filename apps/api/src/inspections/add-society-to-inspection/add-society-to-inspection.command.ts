import { Command } from '@nestjs/cqrs';
import type { AddSocietyToInspection } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 指定抽查: a society added to the sample by name, with the reason. */
export class AddSocietyToInspectionCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<AddSocietyToInspection, 'type' | 'societyStatus'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
