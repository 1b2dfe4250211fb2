import { Command } from '@nestjs/cqrs';
import type { AmendStarRatingRound } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 调整评定批次: the draft round's year, title, criteria or thresholds replaced. */
export class AmendStarRatingRoundCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<AmendStarRatingRound, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
