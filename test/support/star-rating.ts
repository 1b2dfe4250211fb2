import {
  CRITERIA,
  THRESHOLDS,
} from '../../libs/domain/src/star-rating-round/star-rating-round.testing';
import type { ApiClient } from './api-client';

export { CRITERIA, THRESHOLDS };

/** Points for A1, B1, C1, D1 as a score sheet. */
export const sheet = (points: readonly number[]) =>
  CRITERIA.map(({ code }, index) => ({ code, points: points[index] ?? 0 }));

export const as = (token: string) => ({ authorization: `Bearer ${token}` });

export async function draftRound(
  client: ApiClient,
  year: number,
  title = `${year}年度星级学会党组织评定`,
) {
  const answer = await client.expect(201, 'POST', '/star-rating-rounds', {
    year,
    title,
    criteria: CRITERIA,
    thresholds: THRESHOLDS,
  });
  return answer.body.id as string;
}

export const ratingPath = (roundId: string, societyId: string) =>
  `/star-rating-rounds/${roundId}/societies/${societyId}`;

/**
 * Rounds in each state, every one past draft with a rating for each given society: a
 * self-assessment while open, and in the published round a decision (0 stars) published.
 */
export async function roundsInEveryState(client: ApiClient, societies: readonly string[]) {
  const step = (id: string, action: string, body?: unknown) =>
    client.expect(200, 'POST', `/star-rating-rounds/${id}/${action}`, body);
  const [draft, open, review, published] = [
    await draftRound(client, 2025, '草稿评定批次'),
    await draftRound(client, 2025, '自评中评定批次'),
    await draftRound(client, 2024, '初评中评定批次'),
    await draftRound(client, 2023, '已公布评定批次'),
  ];
  for (const round of [open, review, published]) {
    await step(round, 'open');
    for (const society of societies)
      await client.expect(200, 'POST', `${ratingPath(round, society)}/self-assessment`, {
        items: sheet([10, 15, 15, 10]),
      });
  }
  for (const round of [review, published]) await step(round, 'start-review');
  for (const society of societies)
    await client.expect(200, 'POST', `${ratingPath(published, society)}/decision`, {
      stars: 0,
      reason: '材料不全',
    });
  await step(published, 'publish', { publishedOn: '2024-03-20' });
  return { draft, open, review, published };
}
