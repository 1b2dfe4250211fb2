import { Command } from '@nestjs/cqrs';
import type { DraftStarRatingRound } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 起草评定批次: a new star rating round, in draft, with its criteria and thresholds. */
export class DraftStarRatingRoundCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<DraftStarRatingRound, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
