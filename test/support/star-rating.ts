import {
  CRITERIA,
  THRESHOLDS,
} from '../../libs/domain/src/star-rating-round/star-rating-round.testing';
import { randomUUID } from 'node:crypto';
import type { ApiClient } from './api-client';
import { tokenFor } from './auth';

export { CRITERIA, THRESHOLDS };

/** Points for A1, B1, C1, D1 as a score sheet. */
export const sheet = (points: readonly number[]) =>
  CRITERIA.map(({ code }, index) => ({ code, points: points[index] ?? 0 }));

/** A score sheet of 1 point an item, for requests refused before it counts. */
export const ONES = { items: sheet([1, 1, 1, 1]) };

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

export type RatingCast = Awaited<ReturnType<typeof ratingCast>>;

/**
 * Three committee members and four societies; member a is s1's liaison in a launched
 * campaign, and s3's party secretary is member c, signing in as that member.
 */
export async function ratingCast(client: ApiClient) {
  const members = {
    a: await client.member('张委员'),
    b: await client.member('李委员'),
    c: await client.member('王委员'),
  };
  const tag = () => randomUUID().slice(0, 6);
  const societies = {
    s1: await client.society(`中国机械工程学会-${tag()}`),
    s2: await client.society(`中国化学会-${tag()}`),
    s3: await client.society(`中国农学会-${tag()}`),
    s4: await client.society(`中国药学会-${tag()}`),
  };
  const campaign = await client.campaign('联系学会', {
    startsOn: '2025-01-01',
    endsOn: '2025-12-31',
    lecturesPerSociety: 1,
    serviceTasksPerSociety: 1,
  });
  await client.assign(campaign, societies.s1, members.a);
  const liaison = (sub: string, memberId: string) => tokenFor({ sub, role: 'liaison', memberId });
  const secretary = (sub: string, societyId: string) =>
    tokenFor({ sub, role: 'society', societyId });
  const tokens = {
    a: await liaison('liaison-a', members.a),
    b: await liaison('liaison-b', members.b),
    c: await liaison('liaison-c', members.c),
    s1: await secretary('secretary-1', societies.s1),
    s2: await secretary('secretary-2', societies.s2),
    s3: await secretary(members.c, societies.s3),
  };
  return { members, societies, tokens };
}
