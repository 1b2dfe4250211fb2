import { evidenceFile } from '../../../domain/src/shared/evidence.testing';
import { randomUUID } from 'node:crypto';
import {
  DEFAULT_LIFE_REQUIREMENTS,
  DEFAULT_VITALITY_WEIGHTS,
  fold,
  lifeRequirementsDecider,
  organisationalLifeDecider,
  societyDecider,
  vitalityWeightsDecider,
  type Decider,
  type DomainEvent,
} from '@pb/domain';
import { buildEnvelopes } from '../build-envelopes';
import { streamIdOf, type StreamType } from '../streams';
import { EventContract } from './event-contract';

const NOW = { now: '2025-07-01T08:00:00.000Z' };
const societyId = randomUUID();
const recordId = randomUUID();
const memberId = randomUUID();

/** The events a decider emits for each command in turn, as the command runner envelopes them. */
function emitted<C, E extends DomainEvent, S>(
  streamType: StreamType,
  id: string,
  decider: Decider<C, E, S>,
  commands: readonly C[],
) {
  const history: E[] = [];
  for (const command of commands)
    history.push(...decider.decide(command, fold(decider, history), NOW));
  return buildEnvelopes(
    history,
    {
      streamId: streamIdOf(streamType, id),
      seq: 1,
      occurredAt: NOW.now,
      recordedAt: NOW.now,
      actor: '办公室',
      correlationId: 'c1',
      causationId: 'k1',
      federationId: 'default',
      commandId: 'k1',
    },
    randomUUID,
  );
}

const meeting = {
  kind: 'committee-meeting',
  heldOn: '2025-06-12',
  topic: '研究部署七一主题党日活动',
  host: '王芳',
  present: 5,
  expected: 5,
  societyStatus: 'registered',
  today: '2025-07-01',
} as const;

describe('the schemas of organisational life, coverage and vitality', () => {
  const contract = new EventContract();
  const events = [
    ...emitted('society', societyId, societyDecider, [
      { type: 'RegisterSociety', societyId, name: '天津市电子学会', kind: 'society' },
      { type: 'RecordPartyOrganisation', societyId, seat: 'council', form: 'committee' },
      {
        type: 'RecordPartyOrganisation',
        societyId,
        seat: 'secretariat',
        form: 'branch',
        secretary: '李红',
        memberCount: 9,
        establishedOn: '2020-07-01',
        groups: true,
      },
      {
        type: 'SendPartyBuildingInstructor',
        societyId,
        instructorName: '刘洋',
        memberId,
        since: '2025-03-01',
      },
      { type: 'RecallPartyBuildingInstructor', societyId, on: '2025-06-30', reason: '任期届满' },
      {
        type: 'SendPartyBuildingInstructor',
        societyId,
        instructorName: '陈静',
        since: '2025-07-01',
      },
    ]),
    ...emitted('organisational-life', recordId, organisationalLifeDecider, [
      {
        type: 'RecordOrganisationalLife',
        recordId,
        societyId,
        societyHasOrganisation: true,
        ...meeting,
      },
      {
        type: 'CorrectOrganisationalLife',
        recordId,
        societyId,
        ...meeting,
        present: 4,
        evidence: [evidenceFile('minutes.pdf')],
        reason: '一人请假',
      },
      { type: 'WithdrawOrganisationalLife', recordId, reason: '重复录入' },
    ]),
    ...emitted('life-requirements', randomUUID(), lifeRequirementsDecider, [
      { type: 'SetLifeRequirements', year: 2025, ...DEFAULT_LIFE_REQUIREMENTS },
    ]),
    ...emitted('vitality-weights', randomUUID(), vitalityWeightsDecider, [
      { type: 'SetVitalityWeights', year: 2025, weights: DEFAULT_VITALITY_WEIGHTS },
    ]),
  ];

  it('hold every event the deciders emit, at the version the store writes', () => {
    expect(events.map((event) => `${event.type} v${event.schemaVersion}`)).toEqual([
      'SocietyRegistered v2',
      'PartyOrganisationRecorded v2',
      'PartyOrganisationRecorded v2',
      'PartyBuildingInstructorSent v1',
      'PartyBuildingInstructorRecalled v1',
      'PartyBuildingInstructorSent v1',
      'OrganisationalLifeRecorded v2',
      'OrganisationalLifeCorrected v2',
      'OrganisationalLifeWithdrawn v1',
      'LifeRequirementsSet v1',
      'VitalityWeightsSet v1',
    ]);
    expect(events.flatMap((event) => contract.check(event))).toEqual([]);
  });

  it('lift the society of a record and the member sent as an instructor into the envelope', () => {
    const sent = events.find((event) => event.type === 'PartyBuildingInstructorSent');
    const record = events.find((event) => event.type === 'OrganisationalLifeRecorded');
    expect(sent).toMatchObject({ societyId, memberIds: [memberId] });
    expect(record).toMatchObject({ societyId, memberIds: [], campaignId: null });
  });

  it('refuse a version 2 organisation without a seat, more present than allowed and weights over 100', () => {
    const at = (type: string) => events.find((event) => event.type === type)!;
    const organisation = at('PartyOrganisationRecorded');
    const { seat: _, ...withoutSeat } = organisation.data as Record<string, unknown>;
    expect(contract.check({ ...organisation, data: withoutSeat })).toEqual([
      { path: '/data', message: expect.stringContaining('"missingProperty":"seat"') },
    ]);
    const record = at('OrganisationalLifeRecorded');
    expect(contract.check({ ...record, data: { ...record.data, expected: 0 } })).toEqual([
      { path: '/data/expected', message: 'must be >= 1' },
    ]);
    const weights = at('VitalityWeightsSet');
    const data = weights.data as { weights: Record<string, number> };
    expect(
      contract.check({ ...weights, data: { ...data, weights: { ...data.weights, stars: 101 } } }),
    ).toEqual([{ path: '/data/weights/stars', message: 'must be <= 100' }]);
  });
});
