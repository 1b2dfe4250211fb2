import { Command } from '@nestjs/cqrs';
import type { CloseServiceTaskRating } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** Ends a rating: by the society, or by the service once its deadline passed. */
export class CloseServiceTaskRatingCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<CloseServiceTaskRating, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
