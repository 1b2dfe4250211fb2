import { Command } from '@nestjs/cqrs';
import type { DeregisterSociety } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 学会注销: a society deregistered; the handler releases its name and credit code. */
export class DeregisterSocietyCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<DeregisterSociety, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
