import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { societyDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { SocietyClaims } from '../society-claims';
import { RenameSocietyCommand } from './rename-society.command';

@CommandHandler(RenameSocietyCommand)
export class RenameSocietyHandler implements ICommandHandler<RenameSocietyCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly claims: SocietyClaims,
  ) {}

  execute({ payload, context }: RenameSocietyCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'society',
        id: payload.societyId,
        decider: societyDecider,
        command: { type: 'RenameSociety', ...payload },
        reserve: (events, streamId) => this.claims.reserve(events, streamId),
        afterCommit: (events, streamId, before) =>
          this.claims.afterCommit(events, streamId, before),
      },
      context,
    );
  }
}
