import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { streamIdOf } from '@pb/contracts';
import { serviceTaskDecider } from '@pb/domain';
import { StreamVersionConflict } from '@pb/event-store';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { StreamStates } from '../../application/stream-states';
import { codeHash, RatingCodes } from '../rating/rating-codes';
import { OpenServiceTaskRatingCommand } from './open-service-task-rating.command';

@CommandHandler(OpenServiceTaskRatingCommand)
export class OpenServiceTaskRatingHandler implements ICommandHandler<OpenServiceTaskRatingCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly states: StreamStates,
    private readonly ratingCodes: RatingCodes,
  ) {}

  async execute({ payload, context }: OpenServiceTaskRatingCommand): Promise<CommandOutcome> {
    const { codes, ...command } = payload;
    const streamId = streamIdOf('service-task', payload.taskId);
    // The codes are derived from the version the opening commit will have.
    const { version } = await this.states.load(streamId, serviceTaskDecider);
    const opening = version + 1;
    const codeHashes = this.ratingCodes.codes(payload.taskId, opening, codes).map(codeHash);
    return this.runner.run(
      {
        streamType: 'service-task',
        id: payload.taskId,
        decider: serviceTaskDecider,
        command: { type: 'OpenServiceTaskRating', ...command, codeHashes },
        guard: (_, current) => {
          if (current !== version) throw new StreamVersionConflict(streamId, opening);
        },
      },
      context,
    );
  }
}
