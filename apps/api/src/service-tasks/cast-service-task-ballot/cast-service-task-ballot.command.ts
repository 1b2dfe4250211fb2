import { Command } from '@nestjs/cqrs';
import type { CastServiceTaskBallot } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** One person's rating of a task, with the one-time code they were given. */
export class CastServiceTaskBallotCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<CastServiceTaskBallot, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
