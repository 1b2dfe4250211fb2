import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { memberDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { RegisterMemberCommand } from './register-member.command';

@CommandHandler(RegisterMemberCommand)
export class RegisterMemberHandler implements ICommandHandler<RegisterMemberCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: RegisterMemberCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'member',
        id: payload.memberId,
        decider: memberDecider,
        command: { type: 'RegisterMember', ...payload },
      },
      context,
    );
  }
}
