import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { upcast } from '@pb/contracts';
import {
  campaignDecider,
  fold,
  liaisonWarnings,
  type CampaignCommand,
  type CampaignEvent,
  type CampaignState,
  type Decider,
  type DomainEvent,
} from '@pb/domain';
import { EventStore } from '@pb/event-store';
import { Inject } from '@nestjs/common';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { CommandRunner } from '../application/command-runner';
import { Facts } from '../application/facts';
import { StreamStates } from '../application/stream-states';

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
    private readonly states: StreamStates,
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
    const loaded = await this.states.load(
      streamId,
      campaignDecider as unknown as Decider<never, DomainEvent, CampaignState>,
    );
    // Another change may have followed this one: then fold the stream up to this version.
    const state =
      loaded.version === version
        ? loaded.state
        : fold(
            campaignDecider,
            (await this.store.readStream(streamId, 0, version)).flatMap(
              (c) => c.events.map(upcast) as unknown as CampaignEvent[],
            ),
          );
    const [last] = await this.store.readStream(streamId, version - 1, version);
    const touched = (last?.events ?? [])
      .map((e) => e.data as { liaisonId?: string; previousLiaisonId?: string })
      .flatMap((d) => [d.liaisonId, d.previousLiaisonId])
      .filter((id): id is string => typeof id === 'string');
    return liaisonWarnings(state, touched);
  }
}
