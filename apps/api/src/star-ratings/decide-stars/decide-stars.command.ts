import { Command } from '@nestjs/cqrs';
import type { DecideStars } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';
import type { RatingPayload } from '../star-rating-runner';

/** 审议: the office decides the stars, by the thresholds or otherwise with a reason. */
export class DecideStarsCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: RatingPayload<DecideStars>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
