import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { societyDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { SocietyClaims } from '../society-claims';
import { DeregisterSocietyCommand } from './deregister-society.command';

@CommandHandler(DeregisterSocietyCommand)
export class DeregisterSocietyHandler implements ICommandHandler<DeregisterSocietyCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly claims: SocietyClaims,
  ) {}

  execute({ payload, context }: DeregisterSocietyCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'society',
        id: payload.societyId,
        decider: societyDecider,
        command: { type: 'DeregisterSociety', ...payload },
        afterCommit: (events, streamId, before) =>
          this.claims.afterCommit(events, streamId, before),
      },
      context,
    );
  }
}
