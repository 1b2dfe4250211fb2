import { requireText } from '../shared/text';
import { ID_MAX, REASON_MAX, requireDate } from '../shared/values';
import type {
  RecallPartyBuildingInstructor,
  SendPartyBuildingInstructor,
} from './society.commands';
import {
  InstructorInPost,
  NoInstructorInPost,
  RecalledBeforeSent,
  SentBeforeLastRecall,
} from './society.errors';
import type { SocietyEvent } from './society.events';
import type { SocietyState } from './society.state';

type Registered = Exclude<SocietyState, { status: 'unregistered' }>;

export const INSTRUCTOR_NAME_MAX = 50;

export function sendInstructor(
  command: SendPartyBuildingInstructor,
  society: Registered,
): SocietyEvent[] {
  if (society.instructor !== null) throw new InstructorInPost(command.societyId);
  const since = requireDate('since', command.since);
  if (society.instructorRecalledOn !== null && since < society.instructorRecalledOn)
    throw new SentBeforeLastRecall(society.instructorRecalledOn);
  return [
    {
      type: 'PartyBuildingInstructorSent',
      data: {
        societyId: command.societyId,
        instructorName: requireText('instructorName', command.instructorName, INSTRUCTOR_NAME_MAX),
        memberId:
          command.memberId === undefined ? null : requireText('memberId', command.memberId, ID_MAX),
        since,
      },
    },
  ];
}

export function recallInstructor(
  command: RecallPartyBuildingInstructor,
  society: Registered,
): SocietyEvent[] {
  if (society.instructor === null) throw new NoInstructorInPost(command.societyId);
  const on = requireDate('on', command.on);
  if (on < society.instructor.since) throw new RecalledBeforeSent(society.instructor.since);
  return [
    {
      type: 'PartyBuildingInstructorRecalled',
      data: {
        societyId: command.societyId,
        on,
        reason: requireText('reason', command.reason, REASON_MAX),
      },
    },
  ];
}
