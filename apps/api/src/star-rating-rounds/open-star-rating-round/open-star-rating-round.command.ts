import { Command } from '@nestjs/cqrs';
import type { OpenStarRatingRound } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 开始自评: the round opens for self-assessments. */
export class OpenStarRatingRoundCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<OpenStarRatingRound, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
