import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { memberDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { RetireMemberCommand } from './retire-member.command';

@CommandHandler(RetireMemberCommand)
export class RetireMemberHandler implements ICommandHandler<RetireMemberCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: RetireMemberCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'member',
        id: payload.memberId,
        decider: memberDecider,
        command: { type: 'RetireMember', ...payload },
      },
      context,
    );
  }
}
