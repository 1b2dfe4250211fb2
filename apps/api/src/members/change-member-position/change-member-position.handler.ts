import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { memberDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { ChangeMemberPositionCommand } from './change-member-position.command';

@CommandHandler(ChangeMemberPositionCommand)
export class ChangeMemberPositionHandler implements ICommandHandler<ChangeMemberPositionCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: ChangeMemberPositionCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'member',
        id: payload.memberId,
        decider: memberDecider,
        command: { type: 'ChangeMemberPosition', ...payload },
      },
      context,
    );
  }
}
