import { Injectable } from '@nestjs/common';
import { streamIdOf, type StreamType } from '@pb/contracts';
import {
  campaignDecider,
  memberDecider,
  societyDecider,
  type CampaignState,
  type Decider,
  type DomainEvent,
  type MemberPosition,
  type MemberState,
  type SocietyState,
} from '@pb/domain';
import { StreamStates } from './stream-states';

/**
 * What one aggregate's command needs to know about others, read from the event store
 * itself (not from the views), so the check sees every commit made before it.
 * A change committed between this read and the append is not seen: docs/adr/0004.
 */
@Injectable()
export class Facts {
  constructor(private readonly states: StreamStates) {}

  private async state<S>(
    type: StreamType,
    id: string,
    decider: Decider<never, DomainEvent, S>,
  ): Promise<S> {
    return (await this.states.load(streamIdOf(type, id), decider)).state;
  }

  society(id: string): Promise<SocietyState> {
    return this.state(
      'society',
      id,
      societyDecider as unknown as Decider<never, DomainEvent, SocietyState>,
    );
  }

  member(id: string): Promise<MemberState> {
    return this.state(
      'member',
      id,
      memberDecider as unknown as Decider<never, DomainEvent, MemberState>,
    );
  }

  campaign(id: string): Promise<CampaignState> {
    return this.state(
      'campaign',
      id,
      campaignDecider as unknown as Decider<never, DomainEvent, CampaignState>,
    );
  }

  async societyStatus(id: string): Promise<SocietyState['status']> {
    return (await this.society(id)).status;
  }

  async liaisonStatus(id: string): Promise<MemberState['status']> {
    return (await this.member(id)).status;
  }

  async lecturer(
    id: string,
  ): Promise<{ status: MemberState['status']; position: MemberPosition | null }> {
    const member = await this.member(id);
    return {
      status: member.status,
      position: member.status === 'unregistered' ? null : member.position,
    };
  }
}
