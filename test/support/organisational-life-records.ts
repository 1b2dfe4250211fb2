import { randomUUID } from 'node:crypto';
import { organisationalLifeDecider, type OrganisationalLifeCommand } from '@pb/domain';
import type { Api } from '../../apps/api/src/bootstrap';
import { dateIn } from '../../apps/api/src/reports/report-clock';
import { directCommands } from './direct-commands';

type Meeting = Partial<{
  kind: 'member-assembly' | 'committee-meeting' | 'group-meeting' | 'party-lecture' | 'theme-day';
  heldOn: string;
  present: number;
  expected: number;
}>;

/**
 * Writes organisational life through the api's command runner (the facts a handler would
 * read are given as true), so that the read side can be tested before its routes exist.
 */
export function lifeRecords(api: Api) {
  const run = directCommands(api);
  const life = (recordId: string, command: OrganisationalLifeCommand) =>
    run('organisational-life', recordId, organisationalLifeDecider, command);
  const fields = (societyId: string, recordId: string, meeting: Meeting) => ({
    recordId,
    societyId,
    kind: meeting.kind ?? 'committee-meeting',
    heldOn: meeting.heldOn ?? '2026-01-15',
    topic: '支委会：研究发展党员工作',
    host: '陈静',
    present: meeting.present ?? 5,
    expected: meeting.expected ?? 5,
    evidence: [],
    societyStatus: 'registered' as const,
    // the day the command runs, as a handler passes it: meetings of this quarter so far pass
    today: dateIn(new Date(), api.runtime.config.timeZone),
  });
  return {
    async record(societyId: string, meeting: Meeting = {}): Promise<string> {
      const recordId = randomUUID();
      await life(recordId, {
        type: 'RecordOrganisationalLife',
        ...fields(societyId, recordId, meeting),
        societyHasOrganisation: true,
      });
      return recordId;
    },
    async correct(societyId: string, recordId: string, meeting: Meeting, reason: string) {
      await life(recordId, {
        type: 'CorrectOrganisationalLife',
        ...fields(societyId, recordId, meeting),
        reason,
      });
    },
    async withdraw(recordId: string, reason: string) {
      await life(recordId, { type: 'WithdrawOrganisationalLife', recordId, reason });
    },
  };
}

export const recordOrganisationalLife = (api: Api, societyId: string) =>
  lifeRecords(api).record(societyId);
