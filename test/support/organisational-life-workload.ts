import { randomUUID } from 'node:crypto';
import {
  DEFAULT_LIFE_REQUIREMENTS,
  DEFAULT_VITALITY_WEIGHTS,
  lifeRequirementsDecider,
  organisationalLifeDecider,
  societyDecider,
  vitalityWeightsDecider,
} from '@pb/domain';
import type { Api } from '../../apps/api/src/bootstrap';
import { directCommands } from './direct-commands';
import { appendPartyOrganisationRecordedV1, appendSocietyRegisteredV1 } from './legacy-events';

const MEETING = {
  kind: 'theme-day',
  heldOn: '2025-07-01',
  topic: '七一主题党日：重温入党誓词',
  host: '王芳',
  present: 12,
  expected: 14,
  evidence: ['files/theme-day-2025-07-01.jpg'],
  societyStatus: 'registered',
  today: '2025-07-02',
} as const;

/**
 * Every event of organisational life, coverage and vitality, through the api's command runner
 * (their routes come later), and a party organisation recorded by a release before seats.
 */
export async function runOrganisationalLifeWorkload(
  api: Api,
  societyId: string,
  memberId: string,
): Promise<{ recordId: string; legacySocietyId: string }> {
  const run = directCommands(api);
  const society = (command: Parameters<typeof societyDecider.decide>[0]) =>
    run('society', societyId, societyDecider, command);
  await society({
    type: 'RecordPartyOrganisation',
    societyId,
    seat: 'council',
    form: 'committee',
    groups: true,
  });
  await society({
    type: 'SendPartyBuildingInstructor',
    societyId,
    instructorName: '刘洋',
    memberId,
    since: '2025-03-01',
  });
  await society({
    type: 'RecallPartyBuildingInstructor',
    societyId,
    on: '2025-06-30',
    reason: '学会党委已换届',
  });

  const recordId = randomUUID();
  const life = (command: Parameters<typeof organisationalLifeDecider.decide>[0]) =>
    run('organisational-life', recordId, organisationalLifeDecider, command);
  const subject = { recordId, societyId };
  await life({
    type: 'RecordOrganisationalLife',
    ...subject,
    ...MEETING,
    societyHasOrganisation: true,
  });
  await life({
    type: 'CorrectOrganisationalLife',
    ...subject,
    ...MEETING,
    present: 13,
    reason: '补签',
  });
  await life({ type: 'WithdrawOrganisationalLife', recordId, reason: '重复录入' });

  await run('life-requirements', randomUUID(), lifeRequirementsDecider, {
    type: 'SetLifeRequirements',
    year: 2025,
    ...DEFAULT_LIFE_REQUIREMENTS,
    redListSize: 5,
  });
  await run('vitality-weights', randomUUID(), vitalityWeightsDecider, {
    type: 'SetVitalityWeights',
    year: 2025,
    weights: DEFAULT_VITALITY_WEIGHTS,
  });

  const legacySocietyId = randomUUID();
  const registered = await appendSocietyRegisteredV1(api, {
    societyId: legacySocietyId,
    name: '天津市旧版党组织学会',
    kind: 'society',
  });
  await appendPartyOrganisationRecordedV1(api, registered, legacySocietyId, {
    form: 'committee',
    secretary: '赵敏',
  });
  return { recordId, legacySocietyId };
}
