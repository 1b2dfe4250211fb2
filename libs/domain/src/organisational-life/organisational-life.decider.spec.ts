import { evidenceFile } from '../shared/evidence.testing';
import { fold } from '../shared/decider';
import { specFor } from '../shared/decider.testing';
import type {
  CorrectOrganisationalLife,
  RecordOrganisationalLife,
} from './organisational-life.commands';
import { organisationalLifeDecider } from './organisational-life.decider';
import type { OrganisationalLifeEvent } from './organisational-life.events';

const spec = specFor(organisationalLifeDecider);
const recordId = '3c5e7a90-2b4d-4f6a-8c1e-0d2f4a6b8c0e';
const societyId = '6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10';
const facts = { societyStatus: 'registered', today: '2025-06-30' } as const;
const meeting = {
  kind: 'member-assembly',
  heldOn: '2025-04-18',
  topic: '学习贯彻党的二十届三中全会精神',
  host: '王芳',
  present: 18,
  expected: 21,
  evidence: [evidenceFile('会议记录-2025-04-18.pdf')],
} as const;
const recorded: OrganisationalLifeEvent = {
  type: 'OrganisationalLifeRecorded',
  data: { recordId, societyId, ...meeting, evidence: [...meeting.evidence] },
};
const corrected: OrganisationalLifeEvent = {
  type: 'OrganisationalLifeCorrected',
  data: { ...recorded.data, present: 19, reason: '补签到一人' },
};
const withdrawn: OrganisationalLifeEvent = {
  type: 'OrganisationalLifeWithdrawn',
  data: { recordId, societyId, reason: '重复录入' },
};

const record = (
  fields: Partial<RecordOrganisationalLife> = {},
  history: OrganisationalLifeEvent[] = [],
) =>
  spec.given(history).when({
    type: 'RecordOrganisationalLife',
    recordId,
    societyId,
    societyHasOrganisation: true,
    ...facts,
    ...meeting,
    ...fields,
  });
const correct = (
  fields: Partial<CorrectOrganisationalLife>,
  history: OrganisationalLifeEvent[] = [recorded],
) =>
  spec.given(history).when({
    type: 'CorrectOrganisationalLife',
    recordId,
    societyId,
    ...facts,
    ...meeting,
    reason: '补签到一人',
    ...fields,
  });

describe('organisational life decider', () => {
  describe('RecordOrganisationalLife', () => {
    it('records a meeting with its kind, date, topic, host, attendance and evidence', () =>
      record({ topic: ` ${meeting.topic}\u3000`, host: '王芳 ' }).then([recorded]));

    it('records a meeting without evidence, and one held today', () =>
      record({ evidence: undefined, heldOn: facts.today }).then([
        { ...recorded, data: { ...recorded.data, evidence: [], heldOn: facts.today } },
      ]));

    it('refuses a meeting held after today', () =>
      record({ heldOn: '2025-07-01' }).thenFails('ORGANISATIONAL_LIFE.HELD_IN_FUTURE', 'heldOn'));

    it('refuses more present than expected, and attendance that is not whole', () => {
      record({ present: 22 }).thenFails('ORGANISATIONAL_LIFE.PRESENT_ABOVE_EXPECTED', 'present');
      record({ present: 17.5 }).thenFails('NUMBER.OUT_OF_RANGE', 'present');
      record({ present: -1 }).thenFails('NUMBER.OUT_OF_RANGE', 'present');
      record({ present: 0, expected: 0 }).thenFails('NUMBER.OUT_OF_RANGE', 'expected');
    });

    it('records a meeting nobody expected came to as 0 present', () =>
      record({ present: 0 }).then([{ ...recorded, data: { ...recorded.data, present: 0 } }]));

    it('refuses a kind it does not know and a date that does not exist', () => {
      record({ kind: 'study-session' as 'theme-day' }).thenFails('VALUE.NOT_ALLOWED', 'kind');
      record({ heldOn: '2025-02-29' }).thenFails('DATE.INVALID', 'heldOn');
    });

    it('refuses a blank or overlong topic or host', () => {
      record({ topic: ' ' }).thenFails('TEXT.EMPTY', 'topic');
      record({ topic: '学'.repeat(201) }).thenFails('TEXT.TOO_LONG', 'topic');
      record({ host: '\u3000' }).thenFails('TEXT.EMPTY', 'host');
      record({ host: '王'.repeat(51) }).thenFails('TEXT.TOO_LONG', 'host');
    });

    it('refuses more than 20 pieces of evidence', () => {
      const refs = (n: number) => Array.from({ length: n }, (_, i) => evidenceFile(`${i}.jpg`));
      record({ evidence: refs(20) }).then([
        { ...recorded, data: { ...recorded.data, evidence: refs(20) } },
      ]);
      record({ evidence: refs(21) }).thenFails('LIST.LENGTH_OUT_OF_RANGE', 'evidence');
    });

    it('refuses a society that is unknown, deregistered or without a party organisation', () => {
      record({ societyStatus: 'unregistered' }).thenFails('SOCIETY.NOT_FOUND');
      record({ societyStatus: 'deregistered' }).thenFails('SOCIETY.DEREGISTERED');
      record({ societyHasOrganisation: false }).thenFails(
        'ORGANISATIONAL_LIFE.NO_PARTY_ORGANISATION',
        'societyId',
      );
    });

    it('refuses to record the same record twice', () =>
      record({}, [recorded]).thenFails('ORGANISATIONAL_LIFE.ALREADY_EXISTS'));
  });

  describe('CorrectOrganisationalLife', () => {
    it('replaces the whole record and keeps the reason', () =>
      correct({ present: 19 }).then([corrected]));

    it('corrects the kind and the date, which decide where the meeting counts', () =>
      correct({ kind: 'theme-day', heldOn: '2025-05-09' }).then([
        {
          type: 'OrganisationalLifeCorrected',
          data: { ...recorded.data, kind: 'theme-day', heldOn: '2025-05-09', reason: '补签到一人' },
        },
      ]));

    it('writes nothing when the correction changes nothing', () => {
      correct({}).thenNothing();
      correct({ present: 19 }, [recorded, corrected]).thenNothing();
    });

    it('checks the corrected record like the first one', () => {
      correct({ present: 30 }).thenFails('ORGANISATIONAL_LIFE.PRESENT_ABOVE_EXPECTED', 'present');
      correct({ heldOn: '2025-07-01' }).thenFails('ORGANISATIONAL_LIFE.HELD_IN_FUTURE', 'heldOn');
      correct({ present: 19, reason: ' ' }).thenFails('TEXT.EMPTY', 'reason');
    });

    it('refuses to correct a record of a deregistered society', () =>
      correct({ present: 19, societyStatus: 'deregistered' }).thenFails('SOCIETY.DEREGISTERED'));

    it('refuses to move a record to another society', () =>
      correct({ societyId: '9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b' }).thenFails(
        'ORGANISATIONAL_LIFE.OTHER_SOCIETY',
        'societyId',
      ));

    it('refuses an unknown or withdrawn record', () => {
      correct({ present: 19 }, []).thenFails('ORGANISATIONAL_LIFE.NOT_FOUND');
      correct({ present: 19 }, [recorded, withdrawn]).thenFails('ORGANISATIONAL_LIFE.WITHDRAWN');
    });
  });

  describe('WithdrawOrganisationalLife', () => {
    const withdraw = (reason = '重复录入') =>
      ({ type: 'WithdrawOrganisationalLife', recordId, reason }) as const;

    it('withdraws a record, corrected or not, with a reason', () => {
      spec.given([recorded]).when(withdraw()).then([withdrawn]);
      spec.given([recorded, corrected]).when(withdraw()).then([withdrawn]);
    });

    it('refuses a blank reason, an unknown record and one withdrawn already', () => {
      spec.given([recorded]).when(withdraw(' ')).thenFails('TEXT.EMPTY', 'reason');
      spec.given().when(withdraw()).thenFails('ORGANISATIONAL_LIFE.NOT_FOUND');
      spec.given([recorded, withdrawn]).when(withdraw()).thenFails('ORGANISATIONAL_LIFE.WITHDRAWN');
    });
  });

  it('the evolved state holds the record as last corrected, and whether it was withdrawn', () => {
    expect(fold(organisationalLifeDecider, [recorded, corrected, withdrawn])).toEqual({
      status: 'withdrawn',
      recordId,
      societyId,
      record: { ...meeting, evidence: [...meeting.evidence], present: 19 },
    });
  });
});
