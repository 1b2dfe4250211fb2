import { buildEnvelopes } from './build-envelopes';
import type { EventEnvelope } from './envelope';
import { isEventOfStream, isEventOfType } from './event-guards';
import { idInStream } from './streams';

type Closed = { type: 'CampaignClosed'; data: { campaignId: string } };
type Assigned = { type: 'SocietyAssigned'; data: { campaignId: string; societyId: string } };

function envelope(streamId: string, type: string): EventEnvelope {
  const parts = { occurredAt: '', recordedAt: '', actor: 'office', federationId: 'default' };
  const ids = { correlationId: 'r1', causationId: 'k1', commandId: 'k1' };
  return buildEnvelopes(
    [{ type, data: {} }],
    { streamId, seq: 1, ...parts, ...ids },
    () => 'e1',
  )[0]!;
}

describe('event guards', () => {
  it('know the events of one kind of stream by the stream id', () => {
    const isCampaignEvent = isEventOfStream<Closed | Assigned>('campaign');
    expect(isCampaignEvent(envelope('campaign-c1', 'CampaignClosed'))).toBe(true);
    expect(isCampaignEvent(envelope('service-task-t1', 'ServiceTaskProposed'))).toBe(false);
    expect(isCampaignEvent(envelope('campaigns-c1', 'CampaignClosed'))).toBe(false);
  });

  it('know the events of some types by the type', () => {
    const isAssigned = isEventOfType<Assigned>(['SocietyAssigned']);
    expect(isAssigned(envelope('campaign-c1', 'SocietyAssigned'))).toBe(true);
    expect(isAssigned(envelope('campaign-c1', 'CampaignClosed'))).toBe(false);
  });
});

describe('idInStream', () => {
  it('takes the id out of a stream id, a type with a hyphen included', () => {
    expect(idInStream('member-m1')).toBe('m1');
    expect(idInStream('service-task-6f1c2a9e-3b7d')).toBe('6f1c2a9e-3b7d');
  });

  it('refuses a stream id of no known type', () => {
    expect(() => idInStream('meeting-m1')).toThrow('meeting-m1');
  });
});
