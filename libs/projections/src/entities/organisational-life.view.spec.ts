import { evidenceFile } from '../../../domain/src/shared/evidence.testing';
import type { OrganisationalLifeEvent } from '@pb/domain';
import { projectEvents } from './entity-projection.testing';
import { organisationalLifeProjection } from './organisational-life.view';

const recordId = '0b8f7c1e-5d2a-4e6b-9c3f-1a2b3c4d5e6f';
const societyId = 's1';
const meeting = {
  recordId,
  societyId,
  kind: 'theme-day' as const,
  heldOn: '2026-03-28',
  topic: '学习贯彻党的二十届三中全会精神',
  host: '王明',
  present: 18,
  expected: 20,
  evidence: [evidenceFile('会议记录-2026-03.pdf')],
};
const recorded: OrganisationalLifeEvent = { type: 'OrganisationalLifeRecorded', data: meeting };
const corrected: OrganisationalLifeEvent = {
  type: 'OrganisationalLifeCorrected',
  data: {
    ...meeting,
    kind: 'party-lecture',
    heldOn: '2026-04-02',
    present: 19,
    reason: '日期记错',
  },
};
const withdrawn: OrganisationalLifeEvent = {
  type: 'OrganisationalLifeWithdrawn',
  data: { recordId, societyId, reason: '重复录入' },
};

const project = (events: readonly OrganisationalLifeEvent[]) =>
  projectEvents(organisationalLifeProjection, `organisational-life-${recordId}`, events);

describe('the organisational life view', () => {
  it('holds the record as recorded, dated by its year and quarter', () => {
    expect(project([recorded])).toMatchObject({
      _id: recordId,
      recordId,
      societyId,
      kind: 'theme-day',
      heldOn: '2026-03-28',
      year: 2026,
      quarter: 1,
      host: '王明',
      present: 18,
      expected: 20,
      evidence: [evidenceFile('会议记录-2026-03.pdf')],
      status: 'recorded',
      withdrawn: false,
      reason: null,
      corrections: 0,
      recordedAt: '2026-01-01T08:00:00.000Z',
      version: 1,
    });
  });

  it('takes a correction whole, moving the record to the quarter of its new date, and keeps what it said before', () => {
    const view = project([recorded, corrected]);
    expect(view).toMatchObject({
      kind: 'party-lecture',
      heldOn: '2026-04-02',
      quarter: 2,
      present: 19,
      status: 'corrected',
      reason: '日期记错',
      corrections: 1,
      recordedAt: '2026-01-01T08:00:00.000Z',
      updatedAt: '2026-02-01T08:00:00.000Z',
    });
    expect(view?.history).toEqual([
      { change: 'recorded', reason: null, at: '2026-01-01T08:00:00.000Z', before: null },
      {
        change: 'corrected',
        reason: '日期记错',
        at: '2026-02-01T08:00:00.000Z',
        before: {
          kind: 'theme-day',
          heldOn: '2026-03-28',
          topic: meeting.topic,
          host: '王明',
          present: 18,
          expected: 20,
          evidence: [evidenceFile('会议记录-2026-03.pdf')],
        },
      },
    ]);
  });

  it('keeps a withdrawn record with its last figures and the reason, flagged so that nothing counts it', () => {
    const view = project([recorded, corrected, withdrawn]);
    expect(view).toMatchObject({
      status: 'withdrawn',
      withdrawn: true,
      reason: '重复录入',
      corrections: 1,
      kind: 'party-lecture',
      version: 3,
    });
    expect(view?.history.map((change) => change.change)).toEqual([
      'recorded',
      'corrected',
      'withdrawn',
    ]);
  });
});
