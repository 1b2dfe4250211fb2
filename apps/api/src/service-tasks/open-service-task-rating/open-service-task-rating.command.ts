import { Command } from '@nestjs/cqrs';
import type { OpenServiceTaskRating } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 群众评价: hand the people served a number of one-time codes to rate the completed task. */
export class OpenServiceTaskRatingCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<OpenServiceTaskRating, 'type' | 'codeHashes'> & {
      /** How many codes to derive; only their hashes reach the event. */
      readonly codes: number;
    },
    readonly context: CommandContext,
  ) {
    super();
  }
}
