import type { ApiClient } from './api-client';
import { call } from './http';

/** A service task of the society, proposed, accepted and completed. */
export async function completedTask(
  client: ApiClient,
  societyId: string,
  title: string,
): Promise<string> {
  const task = await client.task(societyId, undefined, title);
  await client.expect(200, 'POST', `/service-tasks/${task}/accept`, {
    dueOn: '2026-12-31',
    urgency: 'deadline',
  });
  await client.expect(200, 'POST', `/service-tasks/${task}/complete`, {
    outcome: '开展科普讲座一场',
    beneficiaries: 60,
    completedOn: '2026-11-20',
  });
  return task;
}

/**
 * A completed service task rated by the people: a rating opened with three codes, two
 * ballots cast without an account, and the rating closed to their mean.
 */
export async function runRatingWorkload(client: ApiClient, societyId: string): Promise<string> {
  const task = await completedTask(client, societyId, '为会员开展科普讲座');
  await client.expect(200, 'POST', `/service-tasks/${task}/rating`, { codes: 3 });
  const codes = (await client.expect(200, 'GET', `/service-tasks/${task}/rating/codes`)).body
    .codes as { code: string }[];
  for (const [n, { code }] of codes.slice(0, 2).entries()) {
    const cast = await call(
      client.base,
      'POST',
      `/ratings/${task}/${code}`,
      { score: 4 + n, comment: n === 0 ? '很有收获' : undefined },
      { authorization: 'none' },
    );
    if (cast.status !== 200) throw new Error(`a ballot answered ${cast.status}: ${cast.text}`);
  }
  await client.expect(200, 'POST', `/service-tasks/${task}/rating/close`);
  return task;
}
