import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { StarRatingRunner } from '../star-rating-runner';
import { SubmitSelfAssessmentCommand } from './submit-self-assessment.command';

@CommandHandler(SubmitSelfAssessmentCommand)
export class SubmitSelfAssessmentHandler implements ICommandHandler<SubmitSelfAssessmentCommand> {
  constructor(private readonly ratings: StarRatingRunner) {}

  execute({ payload, context }: SubmitSelfAssessmentCommand): Promise<CommandOutcome> {
    return this.ratings.run(
      payload,
      (rating) => ({ type: 'SubmitSelfAssessment', ...payload, ...rating }),
      context,
    );
  }
}
