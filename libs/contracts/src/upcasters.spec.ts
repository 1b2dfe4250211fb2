import type { EventEnvelope } from './envelope';
import { SCHEMA_VERSIONS, upcast } from './upcasters';

const societyId = '6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10';

function envelope(type: string, schemaVersion: number, data: unknown): EventEnvelope {
  return {
    eventId: 'e1',
    type,
    schemaVersion,
    streamId: `society-${societyId}`,
    seq: 1,
    index: 0,
    occurredAt: '2024-05-01T08:00:00.000Z',
    recordedAt: '2024-05-01T08:00:00.000Z',
    actor: 'office',
    correlationId: 'c1',
    causationId: 'k1',
    federationId: 'default',
    commandId: 'k1',
    societyId,
    memberIds: [],
    campaignId: null,
    data,
  };
}

/** A SocietyRegistered exactly as releases before 学会简称 wrote it. */
const v1 = () =>
  envelope('SocietyRegistered', 1, {
    societyId,
    name: '天津市机械工程学会',
    kind: 'society',
    creditCode: null,
  });

/** A PartyOrganisationRecorded as releases before seats wrote it. */
const organisationV1 = {
  societyId,
  form: 'committee',
  secretary: '王芳',
  memberCount: 40,
  establishedOn: '2018-06-30',
};

/** The ids and topic a LectureScheduled v1 carries. */
const lectureV1 = {
  lectureId: '3e7a9c21-5b4d-4e8f-a612-9c0d1e2f3a04',
  campaignId: '8d2f6a14-1e3b-4c7d-9b20-3f4e5a6b7c01',
  societyId,
  lecturerId: '2b8e4f61-7c3a-4d9e-8f12-5a6b7c8d9e01',
  topic: '学习贯彻“七一”重要讲话精神',
  scheduledAt: '2021-08-10T01:30:00.000Z',
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('upcast', () => {
  it('raises a version 1 SocietyRegistered to version 2 without a short name', () => {
    expect(upcast(v1())).toEqual({
      ...v1(),
      schemaVersion: 2,
      data: {
        societyId,
        name: '天津市机械工程学会',
        kind: 'society',
        creditCode: null,
        shortName: null,
      },
    });
  });

  it('writes SocietyRegistered at the version it upcasts to, and other types at 1', () => {
    expect(SCHEMA_VERSIONS.SocietyRegistered).toBe(2);
    expect(upcast(v1()).schemaVersion).toBe(SCHEMA_VERSIONS.SocietyRegistered);
    expect(SCHEMA_VERSIONS.SocietyRenamed).toBeUndefined();
  });

  it('leaves a version 2 SocietyRegistered as it is, short name included', () => {
    const v2 = envelope('SocietyRegistered', 2, {
      societyId,
      name: '天津市机械工程学会',
      kind: 'society',
      creditCode: null,
      shortName: '机械学会',
    });
    expect(upcast(v2)).toBe(v2);
  });

  it('raises a version 1 PartyOrganisationRecorded to version 2 as the society’s one organisation', () => {
    const stored = envelope('PartyOrganisationRecorded', 1, organisationV1);
    expect(upcast(stored)).toEqual({
      ...stored,
      schemaVersion: 2,
      data: { ...organisationV1, seat: null, groups: false },
    });
    expect(SCHEMA_VERSIONS.PartyOrganisationRecorded).toBe(2);
  });

  it('leaves a version 2 PartyOrganisationRecorded with its seat and groups as it is', () => {
    const v2 = envelope('PartyOrganisationRecorded', 2, {
      ...organisationV1,
      seat: 'council',
      groups: true,
    });
    expect(upcast(v2)).toBe(v2);
  });

  it.each(['LectureScheduled', 'LectureRescheduled'])(
    'raises a version 1 %s to version 2 with its data as it was, since v2 only adds the hybrid format',
    (type) => {
      const data = { ...lectureV1, format: 'online', place: null };
      const stored = envelope(type, 1, data);
      const read = upcast(stored);
      expect(read).toEqual({ ...stored, schemaVersion: 2, data });
      expect(read.data).not.toBe(stored.data);
      expect(SCHEMA_VERSIONS[type]).toBe(2);
    },
  );

  it.each([
    ['CampaignDrafted', { title: '学习贯彻“七一”重要讲话精神', startsOn: null }],
    ['CampaignAmended', { title: '专题宣讲', targets: null, reason: null }],
  ])('raises a version 1 %s to version 2 with no 发文单位, 发文日期 or 文号', (type, fields) => {
    const data = { campaignId: lectureV1.campaignId, ...fields, description: null, endsOn: null };
    const stored = envelope(type, 1, data);
    expect(upcast(stored)).toEqual({
      ...stored,
      schemaVersion: 2,
      data: { ...data, issuedBy: null, issuedOn: null, documentNumber: null },
    });
    expect(SCHEMA_VERSIONS[type]).toBe(2);
  });

  it('leaves a version 2 CampaignDrafted with its 发文 fields as it is', () => {
    const v2 = envelope('CampaignDrafted', 2, {
      campaignId: lectureV1.campaignId,
      title: '学习贯彻“七一”重要讲话精神',
      description: null,
      startsOn: null,
      endsOn: null,
      issuedBy: '中共天津市科协科技社团委员会',
      issuedOn: '2021-07-12',
      documentNumber: '科协党发〔2021〕12号',
    });
    expect(upcast(v2)).toBe(v2);
  });

  it('raises a version 1 ServiceTaskEvaluated to version 2 as a rating the society reported', () => {
    const evaluation = {
      taskId: '7b1d3f58-2a6c-4e9b-8d40-1e2f3a4b5c06',
      societyId,
      campaignId: null,
      rating: 4,
      raters: 35,
      comment: null,
      satisfied: true,
    };
    const stored = envelope('ServiceTaskEvaluated', 1, evaluation);
    expect(upcast(stored)).toEqual({
      ...stored,
      schemaVersion: 2,
      data: { ...evaluation, method: 'reported' },
    });
    const byBallots = envelope('ServiceTaskEvaluated', 2, { ...evaluation, method: 'ballots' });
    expect(upcast(byBallots)).toBe(byBallots);
  });

  it('leaves a version newer than this release knows as it is', () => {
    const v3 = envelope('SocietyRegistered', 3, { societyId, name: '甲学会' });
    expect(upcast(v3)).toBe(v3);
  });

  it('leaves events of other types as they are, whatever their version', () => {
    const renamed = envelope('SocietyRenamed', 1, {
      societyId,
      name: '乙学会',
      previousName: '甲学会',
      reason: null,
    });
    const unknown = envelope('SomethingNew', 1, { anything: 1 });
    expect(upcast(renamed)).toBe(renamed);
    expect(upcast(unknown)).toBe(unknown);
  });

  it('never changes the envelope it is given', () => {
    const stored = deepFreeze(v1());
    const before = structuredClone(stored);
    const read = upcast(stored);
    expect(stored).toEqual(before);
    expect(read).not.toBe(stored);
    expect(read.data).not.toBe(stored.data);
  });
});
