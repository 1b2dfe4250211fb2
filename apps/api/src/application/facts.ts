import { Inject, Injectable } from '@nestjs/common';
import { isEventOfType, streamIdOf, upcast, type StreamType } from '@pb/contracts';
import {
  campaignDecider,
  countingOrganisation,
  inspectionBatchDecider,
  memberDecider,
  organisationalLifeDecider,
  sampledSocieties,
  societyDecider,
  societyInspectionDecider,
  starRatingRoundDecider,
  StarRatingRoundNotFound,
  type StarRatingRoundFacts,
  type StarsDecided,
  type AssignmentFacts,
  type CampaignState,
  type DomainEvent,
  type InspectionBatchState,
  type MemberPosition,
  type MemberState,
  type OrganisationalLifeFacts,
  type ProposeFacts,
  type ScheduleFacts,
  type SocietyState,
} from '@pb/domain';
import { EventStore, scanCommits } from '@pb/event-store';
import { Runtime } from '@pb/platform';
import { campaignProjection, ReadModelStore, type CampaignView } from '@pb/projections';
import { derivedId } from './derived-id';
import { federationToday } from './federation-today';
import { StreamStates, type StreamFold } from './stream-states';

const isDecision = isEventOfType<StarsDecided>(['StarsDecided']);

interface Lecturer {
  readonly status: MemberState['status'];
  readonly position: MemberPosition | null;
}

function asLecturer(member: MemberState): Lecturer {
  return {
    status: member.status,
    position: member.status === 'unregistered' ? null : member.position,
  };
}

/**
 * What one aggregate's command needs to know about others, read from the event store
 * itself (not from the views), so the check sees every commit made before it.
 * A change committed between this read and the append is not seen: docs/adr/0004.
 */
@Injectable()
export class Facts {
  constructor(
    private readonly states: StreamStates,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    @Inject(Runtime) private readonly runtime: Runtime,
  ) {}

  private async state<E extends DomainEvent, S>(
    type: StreamType,
    id: string,
    decider: StreamFold<E, S>,
  ): Promise<S> {
    return (await this.states.load(streamIdOf(type, id), decider)).state;
  }

  society(id: string): Promise<SocietyState> {
    return this.state('society', id, societyDecider);
  }

  member(id: string): Promise<MemberState> {
    return this.state('member', id, memberDecider);
  }

  campaign(id: string): Promise<CampaignState> {
    return this.state('campaign', id, campaignDecider);
  }

  async societyStatus(id: string): Promise<SocietyState['status']> {
    return (await this.society(id)).status;
  }

  async liaisonStatus(id: string): Promise<MemberState['status']> {
    return (await this.member(id)).status;
  }

  async lecturer(id: string): Promise<Lecturer> {
    return asLecturer(await this.member(id));
  }

  /** What assigning a society to a liaison, or moving it to one, needs. */
  async assignment(societyId: string, liaisonId: string): Promise<AssignmentFacts> {
    return {
      societyStatus: await this.societyStatus(societyId),
      liaisonStatus: await this.liaisonStatus(liaisonId),
    };
  }

  /** What scheduling a lecture in a society of a campaign needs. */
  async scheduling(
    campaignId: string,
    societyId: string,
    lecturerId: string,
  ): Promise<ScheduleFacts> {
    const [{ state: campaign }, { state: member }] = await this.states.loadPair(
      [streamIdOf('campaign', campaignId), campaignDecider],
      [streamIdOf('member', lecturerId), memberDecider],
    );
    return {
      campaignStatus: campaign.status,
      liaisonOfSociety:
        campaign.status === 'none' ? null : (campaign.assignments[societyId] ?? null),
      lecturer: asLecturer(member),
    };
  }

  /** What proposing a service task of a society, in a campaign or none, needs. */
  async proposal(societyId: string, campaignId: string | undefined): Promise<ProposeFacts> {
    if (campaignId === undefined)
      return { societyStatus: await this.societyStatus(societyId), campaignStatus: null };
    const [society, campaign] = await this.states.loadPair(
      [streamIdOf('society', societyId), societyDecider],
      [streamIdOf('campaign', campaignId), campaignDecider],
    );
    return { societyStatus: society.state.status, campaignStatus: campaign.state.status };
  }

  /**
   * What recording or correcting a society's organisational life needs: whether the society is
   * registered, whether an organisation sits at its council or secretariat, and today in the
   * federation's time zone (no meeting is recorded before it is held).
   */
  async organisationalLife(
    societyId: string,
  ): Promise<OrganisationalLifeFacts & { societyHasOrganisation: boolean }> {
    const society = await this.society(societyId);
    return {
      societyStatus: society.status,
      societyHasOrganisation:
        society.status !== 'unregistered' && countingOrganisation(society.organisations) !== null,
      today: federationToday(this.runtime),
    };
  }

  /** The society an organisational-life record belongs to; null when there is no such record. */
  async lifeRecordSociety(recordId: string): Promise<string | null> {
    const record = await this.state('organisational-life', recordId, organisationalLifeDecider);
    return record.status === 'none' ? null : record.societyId;
  }

  inspectionBatch(id: string): Promise<InspectionBatchState> {
    return this.state('inspection-batch', id, inspectionBatchDecider);
  }

  /** Whether the society was drawn or added in the batch: what recording a visit needs. */
  async inSample(batchId: string, societyId: string): Promise<boolean> {
    const batch = await this.inspectionBatch(batchId);
    return sampledSocieties(batch).some((sampled) => sampled.societyId === societyId);
  }

  /** The committee members who inspect in the batch; null when there is no such batch. */
  async inspectorsOf(batchId: string): Promise<readonly string[] | null> {
    const batch = await this.inspectionBatch(batchId);
    return batch.status === 'none' ? null : batch.inspectorIds;
  }

  /** Whether every sampled society's inspection is closed: what closing the batch needs. */
  async everyInspectionClosed(batchId: string): Promise<boolean> {
    const sample = sampledSocieties(await this.inspectionBatch(batchId));
    for (const { societyId } of sample) {
      const inspection = await this.state(
        'inspection-case',
        derivedId(batchId, societyId),
        societyInspectionDecider,
      );
      if (inspection.status !== 'closed') return false;
    }
    return true;
  }

  // The star rating's facts.

  /** The rules a society's rating follows, from its round's stream; 404 for an unknown round. */
  async ratingRound(roundId: string): Promise<StarRatingRoundFacts> {
    const round = await this.state('rating-round', roundId, starRatingRoundDecider);
    if (round.status === 'none') throw new StarRatingRoundNotFound(roundId);
    const { status, criteria, thresholds, publishedOn } = round;
    return { status, criteria, thresholds, publishedOn };
  }

  /**
   * Whether the member is the society's liaison in a launched campaign, each campaign read
   * from its stream. The store lists no streams by kind, so the campaigns come from their
   * view: every one not closed there (closing is final, so a closed one is closed in the
   * store too). Only a campaign drafted so recently that its view does not exist yet is
   * missed, and it would have to be launched and assigned within that moment as well.
   */
  async liaisesInLaunchedCampaign(memberId: string, societyId: string): Promise<boolean> {
    const open = await Promise.all(
      (['draft', 'launched'] as const).map((status) =>
        this.views.find<CampaignView>(campaignProjection.spec.name, {
          where: { status },
          limit: 100_000,
          unordered: true,
          fields: ['campaignId'],
        }),
      ),
    );
    for (const { campaignId } of open.flatMap((page) => page.items)) {
      const campaign = await this.campaign(campaignId);
      if (campaign.status === 'launched' && campaign.assignments[societyId] === memberId)
        return true;
    }
    return false;
  }

  /**
   * The societies whose stars were decided in the round: every `StarsDecided` of the
   * round in the whole store, in the order they were read. A scan, as a seal makes every
   * hour: the store lists no streams by kind, and a publication comes once a year.
   */
  async decidedSocieties(roundId: string): Promise<string[]> {
    const societies = new Set<string>();
    await scanCommits(
      this.store,
      (commit) => {
        for (const event of commit.events.map(upcast))
          if (isDecision(event) && event.data.roundId === roundId)
            societies.add(event.data.societyId);
      },
      () => societies.size,
    );
    return [...societies];
  }
}
