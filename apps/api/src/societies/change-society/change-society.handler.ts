import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { societyDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { SocietyClaims } from '../society-claims';
import { ChangeSocietyCommand } from './change-society.command';

@CommandHandler(ChangeSocietyCommand)
export class ChangeSocietyHandler implements ICommandHandler<ChangeSocietyCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly claims: SocietyClaims,
  ) {}

  execute({ command, context }: ChangeSocietyCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'society',
        id: command.societyId,
        decider: societyDecider,
        command,
        reserve: (events, streamId) => this.claims.reserve(events, streamId),
        afterCommit: async (events, streamId, before) => {
          if (before.status !== 'unregistered')
            await this.claims.afterCommit(events, streamId, before);
        },
      },
      context,
    );
  }
}
