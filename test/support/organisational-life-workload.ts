import { randomUUID } from 'node:crypto';
import { DEFAULT_LIFE_REQUIREMENTS, DEFAULT_VITALITY_WEIGHTS } from '@pb/domain';
import type { Api } from '../../apps/api/src/bootstrap';
import type { ApiClient } from './api-client';
import { appendPartyOrganisationRecordedV1, appendSocietyRegisteredV1 } from './legacy-events';

const MEETING = {
  kind: 'theme-day',
  heldOn: '2025-07-01',
  topic: '七一主题党日：重温入党誓词',
  host: '王芳',
  present: 12,
  expected: 14,
  evidence: [],
};

/**
 * Every event of organisational life, coverage and vitality through their routes, and a party
 * organisation recorded by a release before seats (straight to the store: no route writes v1).
 */
export async function runOrganisationalLifeWorkload(
  client: ApiClient,
  api: Api,
  societyId: string,
  memberId: string,
): Promise<{ recordId: string; legacySocietyId: string }> {
  const society = `/societies/${societyId}`;
  await client.expect(200, 'POST', `${society}/party-organisation`, {
    seat: 'council',
    form: 'committee',
    groups: true,
  });
  await client.expect(200, 'POST', `${society}/instructor`, {
    instructorName: '刘洋',
    memberId,
    since: '2025-03-01',
  });
  await client.expect(200, 'POST', `${society}/instructor/recall`, {
    on: '2025-06-30',
    reason: '学会党委已换届',
  });

  const recordId = randomUUID();
  await client.expect(201, 'POST', `${society}/organisational-life`, { id: recordId, ...MEETING });
  const record = `/organisational-life/${recordId}`;
  await client.expect(200, 'POST', `${record}/correction`, {
    ...MEETING,
    present: 13,
    reason: '补签',
  });
  await client.expect(200, 'POST', `${record}/withdrawal`, { reason: '重复录入' });

  await client.expect(200, 'PUT', '/life-requirements/2025', {
    ...DEFAULT_LIFE_REQUIREMENTS,
    redListSize: 5,
  });
  await client.expect(200, 'PUT', '/vitality-weights/2025', { weights: DEFAULT_VITALITY_WEIGHTS });

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
