import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { serviceTaskDecider, type ServiceTaskCommand } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { CommandRunner } from '../application/command-runner';
import { Facts } from '../application/facts';

type ProposeRequest = Omit<
  Extract<ServiceTaskCommand, { type: 'ProposeServiceTask' }>,
  'societyStatus' | 'campaignStatus'
>;

/** A service-task command as the api receives it; the handler adds the facts a proposal needs. */
export type ServiceTaskRequest =
  ProposeRequest | Exclude<ServiceTaskCommand, { type: 'ProposeServiceTask' }>;

export class ExecuteServiceTaskCommand extends Command<CommandOutcome> {
  constructor(
    readonly command: ServiceTaskRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteServiceTaskCommand)
export class ServiceTaskCommandHandler implements ICommandHandler<ExecuteServiceTaskCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
  ) {}

  async execute({ command, context }: ExecuteServiceTaskCommand): Promise<CommandOutcome> {
    const full: ServiceTaskCommand =
      command.type === 'ProposeServiceTask'
        ? {
            ...command,
            societyStatus: await this.facts.societyStatus(command.societyId),
            campaignStatus:
              command.campaignId === undefined
                ? null
                : (await this.facts.campaign(command.campaignId)).status,
          }
        : command;
    const occurredAt =
      full.type === 'CompleteServiceTask' ? `${full.completedOn}T00:00:00.000Z` : undefined;
    return this.runner.run(
      {
        streamType: 'service-task',
        id: command.taskId,
        decider: serviceTaskDecider,
        command: full,
        occurredAt,
      },
      context,
    );
  }
}
