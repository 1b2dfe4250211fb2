import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { lectureDecider, type LectureCommand } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { CommandRunner } from '../application/command-runner';
import { Facts } from '../application/facts';

type ScheduleRequest = Omit<
  Extract<LectureCommand, { type: 'ScheduleLecture' }>,
  'campaignStatus' | 'liaisonOfSociety' | 'lecturer'
>;

/** A lecture command as the api receives it; the handler adds the facts scheduling needs. */
export type LectureRequest = ScheduleRequest | Exclude<LectureCommand, { type: 'ScheduleLecture' }>;

export class ExecuteLectureCommand extends Command<CommandOutcome> {
  constructor(
    readonly command: LectureRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteLectureCommand)
export class LectureCommandHandler implements ICommandHandler<ExecuteLectureCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
  ) {}

  async execute({ command, context }: ExecuteLectureCommand): Promise<CommandOutcome> {
    let full: LectureCommand;
    if (command.type === 'ScheduleLecture') {
      const campaign = await this.facts.campaign(command.campaignId);
      full = {
        ...command,
        campaignStatus: campaign.status,
        liaisonOfSociety:
          campaign.status === 'none' ? null : (campaign.assignments[command.societyId] ?? null),
        lecturer: await this.facts.lecturer(command.lecturerId),
      };
    } else full = command;
    // A delivery states when the lecture was given: that is the business time of the fact.
    const occurredAt = 'deliveredOn' in full ? `${full.deliveredOn}T00:00:00.000Z` : undefined;
    return this.runner.run(
      {
        streamType: 'lecture',
        id: command.lectureId,
        decider: lectureDecider,
        command: full,
        occurredAt,
      },
      context,
    );
  }
}
