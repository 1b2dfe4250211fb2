import { Command } from '@nestjs/cqrs';
import type { EvaluateServiceTask } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 群众评价: the people's rating of a completed task. */
export class EvaluateServiceTaskCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<EvaluateServiceTask, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
