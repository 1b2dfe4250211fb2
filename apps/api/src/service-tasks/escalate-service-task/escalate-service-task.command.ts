import { Command } from '@nestjs/cqrs';
import type { EscalateServiceTask } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 挂牌督办: a lagging task escalated by the committee. */
export class EscalateServiceTaskCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<EscalateServiceTask, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
