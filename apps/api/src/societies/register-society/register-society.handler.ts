import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { societyDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { SocietyClaims } from '../society-claims';
import { RegisterSocietyCommand } from './register-society.command';

@CommandHandler(RegisterSocietyCommand)
export class RegisterSocietyHandler implements ICommandHandler<RegisterSocietyCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly claims: SocietyClaims,
  ) {}

  execute({ payload, context }: RegisterSocietyCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'society',
        id: payload.societyId,
        decider: societyDecider,
        command: { type: 'RegisterSociety', ...payload },
        reserve: (events, streamId) => this.claims.reserve(events, streamId),
      },
      context,
    );
  }
}
