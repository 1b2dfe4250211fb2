import { buildEnvelopes, type CommitParts } from './build-envelopes';
import { SCHEMA_VERSIONS } from './upcasters';

const commit: CommitParts = {
  streamId: 'campaign-c1',
  seq: 4,
  occurredAt: '2024-05-01T00:00:00.000Z',
  recordedAt: '2024-05-02T08:00:00.000Z',
  actor: 'office',
  correlationId: 'r1',
  causationId: 'k1',
  federationId: 'default',
  commandId: 'k1',
};

function ids() {
  let n = 0;
  return () => `e${++n}`;
}

describe('buildEnvelopes', () => {
  it('wraps each event of a commit with its own id and its index, in order', () => {
    const events = [
      { type: 'CampaignClosed', data: { campaignId: 'c1', reason: null } },
      { type: 'SocietyAssigned', data: { campaignId: 'c1', societyId: 's1', liaisonId: 'm1' } },
    ];
    const [first, second] = buildEnvelopes(events, commit, ids());
    expect(first).toEqual({
      eventId: 'e1',
      type: 'CampaignClosed',
      schemaVersion: 1,
      ...commit,
      index: 0,
      societyId: null,
      memberIds: [],
      campaignId: 'c1',
      data: events[0]!.data,
    });
    expect(second).toMatchObject({ eventId: 'e2', index: 1, seq: 4, streamId: 'campaign-c1' });
  });

  it('lifts the society, members and campaign the data names into the envelope', () => {
    const [envelope] = buildEnvelopes(
      [
        {
          type: 'SocietyReassigned',
          data: { campaignId: 'c1', societyId: 's1', liaisonId: 'm2', previousLiaisonId: 'm1' },
        },
      ],
      commit,
      ids(),
    );
    expect(envelope).toMatchObject({ societyId: 's1', memberIds: ['m2', 'm1'], campaignId: 'c1' });
  });

  it('writes each type with the schema version the upcasters raise older events to', () => {
    const [envelope] = buildEnvelopes(
      [{ type: 'SocietyRegistered', data: { societyId: 's1' } }],
      { ...commit, streamId: 'society-s1' },
      ids(),
    );
    expect(envelope!.schemaVersion).toBe(SCHEMA_VERSIONS.SocietyRegistered);
    expect(envelope!.schemaVersion).toBeGreaterThan(1);
  });
});
