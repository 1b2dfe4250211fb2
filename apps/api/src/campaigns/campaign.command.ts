import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { upcast } from '@pb/contracts';
import {
  campaignDecider,
  fold,
  liaisonWarnings,
  type CampaignCommand,
  type CampaignEvent,
  type DomainEvent,
} from '@pb/domain';
import { EventStore } from '@pb/event-store';
import { Inject } from '@nestjs/common';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { CommandRunner } from '../application/command-runner';
import { Facts } from '../application/facts';

type WithoutFacts<C> = C extends { type: 'AssignSociety' | 'MoveAssignment' }
  ? Omit<C, 'societyStatus' | 'liaisonStatus'>
  : C;

/** A campaign command as the api receives it; the handler adds the facts the decider needs. */
export type CampaignRequest = WithoutFacts<CampaignCommand>;

export class ExecuteCampaignCommand extends Command<CommandOutcome> {
  constructor(
    readonly command: CampaignRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteCampaignCommand)
export class CampaignCommandHandler implements ICommandHandler<ExecuteCampaignCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
    @Inject(EventStore) private readonly store: EventStore,
  ) {}

  async execute({ command, context }: ExecuteCampaignCommand): Promise<CommandOutcome> {
    const full: CampaignCommand =
      command.type === 'AssignSociety' || command.type === 'MoveAssignment'
        ? {
            ...command,
            societyStatus: await this.facts.societyStatus(command.societyId),
            liaisonStatus: await this.facts.liaisonStatus(command.liaisonId),
          }
        : command;
    const outcome = await this.runner.run(
      { streamType: 'campaign', id: command.campaignId, decider: campaignDecider, command: full },
      context,
    );
    if (
      command.type !== 'AssignSociety' &&
      command.type !== 'MoveAssignment' &&
      command.type !== 'WithdrawAssignment'
    )
      return outcome;
    return { ...outcome, warnings: await this.warnings(outcome.streamId, outcome.version) };
  }

  /** The 8-to-10 target of the liaisons the assignment change touched, as of that version. */
  private async warnings(streamId: string, version: number) {
    const commits = await this.store.readStream(streamId, 0, version);
    const events = commits.flatMap(
      (c) => c.events.map(upcast) as unknown as DomainEvent[],
    ) as CampaignEvent[];
    const last =
      commits[commits.length - 1]?.events.map(
        (e) => e.data as { liaisonId?: string; previousLiaisonId?: string },
      ) ?? [];
    const touched = last
      .flatMap((d) => [d.liaisonId, d.previousLiaisonId])
      .filter((id): id is string => typeof id === 'string');
    return liaisonWarnings(fold(campaignDecider, events), touched);
  }
}
