import { Command } from '@nestjs/cqrs';
import type { CloseStarRatingRound } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 结束评定批次: the published round is closed. */
export class CloseStarRatingRoundCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<CloseStarRatingRound, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
