import { Command } from '@nestjs/cqrs';
import type { PublishStarRatingRound } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 公布: the decisions become the societies' current stars; the handler gathers the decided societies. */
export class PublishStarRatingRoundCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<PublishStarRatingRound, 'type' | 'societyIds'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
