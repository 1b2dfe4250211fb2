import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { memberDecider, type MemberCommand } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { CommandRunner } from '../application/command-runner';

export class ExecuteMemberCommand extends Command<CommandOutcome> {
  constructor(
    readonly command: MemberCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteMemberCommand)
export class MemberCommandHandler implements ICommandHandler<ExecuteMemberCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ command, context }: ExecuteMemberCommand): Promise<CommandOutcome> {
    return this.runner.run(
      { streamType: 'member', id: command.memberId, decider: memberDecider, command },
      context,
    );
  }
}
