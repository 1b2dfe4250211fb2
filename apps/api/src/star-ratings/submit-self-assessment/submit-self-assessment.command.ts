import { Command } from '@nestjs/cqrs';
import type { SubmitSelfAssessment } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';
import type { RatingPayload } from '../star-rating-runner';

/** 自评: the society scores itself on every item; a later submission replaces it while the round is open. */
export class SubmitSelfAssessmentCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: RatingPayload<SubmitSelfAssessment>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
