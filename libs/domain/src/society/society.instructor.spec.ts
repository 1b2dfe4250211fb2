import { fold } from '../shared/decider';
import { specFor } from '../shared/decider.testing';
import { societyDecider } from './society.decider';
import type { SocietyEvent } from './society.events';
import { deregistered, registered, societyId } from './society.testing';

const spec = specFor(societyDecider);
const memberId = '2b4d6f80-1a3c-4e5f-9a7b-0c1d2e3f4a5b';

const sent: SocietyEvent = {
  type: 'PartyBuildingInstructorSent',
  data: { societyId, instructorName: '刘洋', memberId, since: '2025-03-01' },
};
const recalled: SocietyEvent = {
  type: 'PartyBuildingInstructorRecalled',
  data: { societyId, on: '2025-09-30', reason: '学会已建立党支部' },
};
const send = (since = '2025-03-01') =>
  ({
    type: 'SendPartyBuildingInstructor',
    societyId,
    instructorName: ' 刘洋\u3000',
    memberId,
    since,
  }) as const;
const recall = (on = '2025-09-30') =>
  ({ type: 'RecallPartyBuildingInstructor', societyId, on, reason: '学会已建立党支部' }) as const;

describe('society decider: party-building instructors', () => {
  describe('SendPartyBuildingInstructor', () => {
    it('sends an instructor with the name trimmed, the member and the date', () =>
      spec.given([registered]).when(send()).then([sent]));

    it('sends an instructor who is not a committee member', () =>
      spec
        .given([registered])
        .when({
          type: 'SendPartyBuildingInstructor',
          societyId,
          instructorName: '陈静',
          since: '2025-03-01',
        })
        .then([
          {
            type: 'PartyBuildingInstructorSent',
            data: { societyId, instructorName: '陈静', memberId: null, since: '2025-03-01' },
          },
        ]));

    it('refuses a second instructor while one is in post', () =>
      spec
        .given([registered, sent])
        .when(send('2025-04-01'))
        .thenFails('SOCIETY.INSTRUCTOR_IN_POST'));

    it('sends the next instructor after a recall, not before the recall’s day', () => {
      spec
        .given([registered, sent, recalled])
        .when(send('2025-09-30'))
        .then([{ ...sent, data: { ...sent.data, since: '2025-09-30' } }]);
      spec
        .given([registered, sent, recalled])
        .when(send('2025-09-29'))
        .thenFails('SOCIETY.SENT_BEFORE_RECALL', 'since');
    });

    it('refuses a blank or overlong name and a date that does not exist', () => {
      const sendWith = (instructorName: string, since = '2025-03-01') =>
        spec
          .given([registered])
          .when({ type: 'SendPartyBuildingInstructor', societyId, instructorName, since });
      sendWith(' ').thenFails('TEXT.EMPTY', 'instructorName');
      sendWith('刘'.repeat(51)).thenFails('TEXT.TOO_LONG', 'instructorName');
      sendWith('刘洋', '2025-02-30').thenFails('DATE.INVALID', 'since');
    });

    it('refuses an unknown or deregistered society', () => {
      spec.given().when(send()).thenFails('SOCIETY.NOT_FOUND');
      spec.given([registered, deregistered]).when(send()).thenFails('SOCIETY.DEREGISTERED');
    });
  });

  describe('RecallPartyBuildingInstructor', () => {
    it('recalls the instructor in post with the day and the reason', () =>
      spec.given([registered, sent]).when(recall()).then([recalled]));

    it('recalls on the day the instructor was sent, not before', () => {
      spec
        .given([registered, sent])
        .when(recall('2025-03-01'))
        .then([{ ...recalled, data: { ...recalled.data, on: '2025-03-01' } }]);
      spec
        .given([registered, sent])
        .when(recall('2025-02-28'))
        .thenFails('SOCIETY.RECALL_BEFORE_SENT', 'on');
    });

    it('refuses when no instructor is in post', () => {
      spec.given([registered]).when(recall()).thenFails('SOCIETY.NO_INSTRUCTOR');
      spec.given([registered, sent, recalled]).when(recall()).thenFails('SOCIETY.NO_INSTRUCTOR');
    });

    it('refuses a blank reason and a deregistered society', () => {
      spec
        .given([registered, sent])
        .when({ ...recall(), reason: '\u3000' })
        .thenFails('TEXT.EMPTY', 'reason');
      spec.given([registered, sent, deregistered]).when(recall()).thenFails('SOCIETY.DEREGISTERED');
    });
  });

  it('keeps the instructor in post in the state, and the day of the last recall', () => {
    const inPost = fold(societyDecider, [registered, sent]);
    const after = fold(societyDecider, [registered, sent, recalled]);
    expect(inPost).toMatchObject({
      instructor: { name: '刘洋', memberId, since: '2025-03-01' },
      instructorRecalledOn: null,
    });
    expect(after).toMatchObject({ instructor: null, instructorRecalledOn: '2025-09-30' });
  });
});
