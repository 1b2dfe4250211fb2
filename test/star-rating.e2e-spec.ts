import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_PROJECTIONS, loadConfig } from '@pb/platform';
import { checkConsistency } from '@pb/projections';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET, tokenFor } from './support/auth';
import { waitForViewsToCatchUp } from './support/expectations';
import { as, CRITERIA, draftRound, ratingPath, sheet, THRESHOLDS } from './support/star-rating';

jest.setTimeout(120000);

/**
 * A whole round through HTTP in embedded mode: four societies, three committee members
 * (one of them a society's liaison in a launched campaign, one the party secretary who
 * wrote a self-assessment), decisions by the thresholds and against them, publication,
 * a withdrawal and an adjustment, and a later round that takes over the current stars.
 */
describe('the star rating of society party organisations over HTTP', () => {
  let api: Api;
  let client: ApiClient;
  let round: string;
  let members: { a: string; b: string; c: string };
  let societies: { s1: string; s2: string; s3: string; s4: string };
  let tokens: Record<'a' | 'b' | 'c' | 's1' | 's2' | 's3', string>;

  const post = (status: number, path: string, body?: unknown, token?: string) =>
    client.expect(status, 'POST', path, body, token ? as(token) : undefined);
  const code = async (status: number, path: string, body?: unknown, token?: string) =>
    (await post(status, path, body, token)).body.code;
  const rating = (society: string) => ratingPath(round, society);

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-star-rating-')),
        PORT: '0',
      }),
      { logger: false },
    );
    client = new ApiClient(api.url);
    members = {
      a: await client.member('张委员'),
      b: await client.member('李委员'),
      c: await client.member('王委员'),
    };
    societies = {
      s1: await client.society(`中国机械工程学会-${randomUUID().slice(0, 6)}`),
      s2: await client.society(`中国化学会-${randomUUID().slice(0, 6)}`),
      s3: await client.society(`中国农学会-${randomUUID().slice(0, 6)}`),
      s4: await client.society(`中国药学会-${randomUUID().slice(0, 6)}`),
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
    tokens = {
      a: await liaison('liaison-a', members.a),
      b: await liaison('liaison-b', members.b),
      c: await liaison('liaison-c', members.c),
      s1: await secretary('secretary-1', societies.s1),
      s2: await secretary('secretary-2', societies.s2),
      // The secretary of s3 is also committee member c, and signs in as that member.
      s3: await secretary(members.c, societies.s3),
    };
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('drafts a round, refuses thresholds that do not fit, amends and opens it', async () => {
    const bad = (thresholds: number[]) =>
      post(400, '/star-rating-rounds', {
        year: 2025,
        title: '评定',
        criteria: CRITERIA,
        thresholds,
      });
    expect((await bad([30, 40, 50])).body.field).toBe('thresholds');
    expect((await bad([30, 40, 50, 60, 70, 80, 90, 120])).body).toMatchObject({
      code: 'STAR_RATING_ROUND.THRESHOLD_ABOVE_MAXIMUM',
      field: 'thresholds[7]',
    });
    expect((await bad([30, 40, 40, 60, 70, 80, 90, 95])).body.code).toBe(
      'STAR_RATING_ROUND.THRESHOLDS_NOT_INCREASING',
    );
    round = await draftRound(client, 2025, '2025年度星级评定（草案）');
    await post(200, `/star-rating-rounds/${round}/amend`, { title: '2025年度星级学会党组织评定' });
    expect(
      await code(422, `${rating(societies.s1)}/self-assessment`, { items: sheet([1, 1, 1, 1]) }),
    ).toBe('STAR_RATING.ROUND_NOT_OPEN');
    await post(200, `/star-rating-rounds/${round}/open`);
    expect(await code(422, `/star-rating-rounds/${round}/amend`, { year: 2026 })).toBe(
      'STAR_RATING_ROUND.NOT_DRAFT',
    );
    expect(await client.view(`/star-rating-rounds/${round}`, 3)).toMatchObject({
      id: round,
      year: 2025,
      title: '2025年度星级学会党组织评定',
      status: 'open',
      criteria: CRITERIA,
      thresholds: THRESHOLDS,
      maximumTotal: 100,
      progress: { societies: 0, selfAssessed: 0, reviewed: 0, decided: 0 },
    });
  });

  it('takes each society’s self-assessment from its own secretary, the last one counting', async () => {
    await post(
      200,
      `${rating(societies.s1)}/self-assessment`,
      { items: sheet([18, 25, 24, 16]) },
      tokens.s1,
    );
    await post(
      200,
      `${rating(societies.s2)}/self-assessment`,
      { items: sheet([10, 10, 10, 10]) },
      tokens.s2,
    );
    await post(
      200,
      `${rating(societies.s2)}/self-assessment`,
      { items: sheet([20, 28, 27, 18]) },
      tokens.s2,
    );
    await post(
      200,
      `${rating(societies.s3)}/self-assessment`,
      { items: sheet([15, 20, 20, 15]) },
      tokens.s3,
    );
    expect(
      await code(
        403,
        `${rating(societies.s2)}/self-assessment`,
        { items: sheet([1, 1, 1, 1]) },
        tokens.s1,
      ),
    ).toBe('AUTH.FORBIDDEN');
    expect(
      await code(
        400,
        `${rating(societies.s1)}/self-assessment`,
        { items: sheet([18, 25, 24, 16]).slice(1) },
        tokens.s1,
      ),
    ).toBe('STAR_RATING.ITEM_MISSING');
    expect(
      (
        await post(
          400,
          `${rating(societies.s1)}/self-assessment`,
          { items: sheet([21, 25, 24, 16]) },
          tokens.s1,
        )
      ).body.field,
    ).toBe('items[0].points');
    expect(
      await code(404, `${ratingPath(randomUUID(), societies.s1)}/self-assessment`, {
        items: sheet([1, 1, 1, 1]),
      }),
    ).toBe('STAR_RATING_ROUND.NOT_FOUND');
    expect(
      await code(404, `${rating(randomUUID())}/self-assessment`, { items: sheet([1, 1, 1, 1]) }),
    ).toBe('SOCIETY.NOT_FOUND');
    const s2 = await client.view(rating(societies.s2), 2);
    expect(s2.selfAssessment).toMatchObject({ authorId: 'secretary-2', total: 93 });
    expect(s2.submissions.map((s: any) => [s.authorId, s.total])).toEqual([
      ['secretary-2', 40],
      ['secretary-2', 93],
    ]);
    expect(s2.totals.self).toEqual({
      total: 93,
      byCategory: { 组织建设: 20, 思想政治引领: 28, 作用发挥: 27, 制度建设: 18 },
    });
    expect(s2.starsInRound.stars).toBeNull();
  });

  it('takes two reviews per society and refuses the liaison and the author of the self-assessment', async () => {
    expect(
      await code(422, `${rating(societies.s1)}/reviews`, { items: sheet([1, 1, 1, 1]) }, tokens.b),
    ).toBe('STAR_RATING.ROUND_NOT_IN_REVIEW');
    await post(200, `/star-rating-rounds/${round}/start-review`);
    expect(
      await code(
        422,
        `${rating(societies.s1)}/self-assessment`,
        { items: sheet([1, 1, 1, 1]) },
        tokens.s1,
      ),
    ).toBe('STAR_RATING.ROUND_NOT_OPEN');
    const review = (society: string, token: string, points: number[]) =>
      post(200, `${rating(society)}/reviews`, { items: sheet(points), comment: '材料齐全' }, token);
    expect(
      await code(422, `${rating(societies.s1)}/reviews`, { items: sheet([1, 1, 1, 1]) }, tokens.a),
    ).toBe('STAR_RATING.REVIEWER_IS_LIAISON');
    await review(societies.s1, tokens.b, [16, 22, 20, 14]);
    await review(societies.s1, tokens.c, [15, 21, 20, 15]);
    await review(societies.s2, tokens.a, [19, 27, 26, 18]);
    await review(societies.s2, tokens.b, [10, 10, 10, 10]);
    await review(societies.s2, tokens.b, [18, 26, 25, 17]);
    expect(
      await code(422, `${rating(societies.s3)}/reviews`, { items: sheet([1, 1, 1, 1]) }, tokens.c),
    ).toBe('STAR_RATING.REVIEWER_WROTE_SELF_ASSESSMENT');
    await review(societies.s3, tokens.a, [14, 18, 18, 14]);
    // The office enters a review in a member's name; a member only in their own.
    await post(200, `${rating(societies.s3)}/reviews`, {
      items: sheet([14, 18, 18, 12]),
      reviewerId: members.b,
    });
    expect(
      (await post(400, `${rating(societies.s3)}/reviews`, { items: sheet([14, 18, 18, 12]) })).body
        .field,
    ).toBe('reviewerId');
    expect(
      await code(
        403,
        `${rating(societies.s3)}/reviews`,
        { items: sheet([1, 1, 1, 1]), reviewerId: members.a },
        tokens.b,
      ),
    ).toBe('AUTH.FORBIDDEN');
    const s1 = await client.view(rating(societies.s1), 3);
    expect(s1.reviews.map((r: any) => [r.reviewerId, r.total])).toEqual([
      [members.b, 72],
      [members.c, 71],
    ]);
    expect(s1.totals.reviewed).toEqual({
      total: 71.5,
      byCategory: { 组织建设: 15.5, 思想政治引领: 21.5, 作用发挥: 20, 制度建设: 14.5 },
    });
    const s2 = await client.view(rating(societies.s2), 5);
    expect(s2.reviews.map((r: any) => r.total)).toEqual([90, 86]);
    expect(s2.totals.reviewed.total).toBe(88);
  });

  it('decides the stars by the thresholds, or otherwise with a reason', async () => {
    const decide = (society: string, body: object) =>
      post(200, `${rating(society)}/decision`, body);
    await decide(societies.s1, {});
    expect(await code(400, `${rating(societies.s2)}/decision`, { stars: 7 })).toBe(
      'STAR_RATING.REASON_REQUIRED',
    );
    await decide(societies.s2, { stars: 7, reason: '科普工作成效突出，经审议提升一星' });
    await decide(societies.s3, {});
    await decide(societies.s4, {});
    expect(
      await code(422, `${rating(societies.s1)}/reviews`, { items: sheet([1, 1, 1, 1]) }, tokens.a),
    ).toBe('STAR_RATING.REVIEWER_IS_LIAISON');
    expect(
      await code(422, `${rating(societies.s2)}/reviews`, { items: sheet([1, 1, 1, 1]) }, tokens.c),
    ).toBe('STAR_RATING.ALREADY_DECIDED');
    expect(
      await code(422, `${rating(societies.s1)}/withdrawal`, {
        reason: '摘星',
        effectiveOn: '2026-04-01',
      }),
    ).toBe('STAR_RATING.ROUND_NOT_PUBLISHED');
    const decisions = [
      [societies.s1, 4, { stars: 5, defaultStars: 5, reviewedTotal: 71.5, reason: null }],
      [societies.s2, 6, { stars: 7, defaultStars: 6, reviewedTotal: 88 }],
      [societies.s3, 4, { stars: 4, defaultStars: 4, reviewedTotal: 63 }],
      [societies.s4, 1, { stars: 0, defaultStars: 0, reviewedTotal: null }],
    ] as const;
    for (const [society, version, decision] of decisions)
      expect((await client.view(rating(society), version)).decision).toMatchObject(decision);
    expect((await client.view(`/star-rating-rounds/${round}`)).progress).toEqual({
      societies: 4,
      selfAssessed: 3,
      reviewed: 3,
      decided: 4,
    });
  });

  it('publishes exactly the decided societies, then withdraws and adjusts stars from a date on', async () => {
    await post(200, `/star-rating-rounds/${round}/publish`, { publishedOn: '2026-03-20' });
    const published = await client.view(`/star-rating-rounds/${round}`, 5);
    expect(published).toMatchObject({ status: 'published', publishedOn: '2026-03-20' });
    expect([...published.publishedSocietyIds].sort()).toEqual(Object.values(societies).sort());
    expect(await code(422, `${rating(societies.s1)}/decision`, {})).toBe(
      'STAR_RATING.ROUND_NOT_IN_REVIEW',
    );
    expect(
      (
        await post(400, `${rating(societies.s1)}/adjustment`, {
          stars: 4,
          reason: '调整',
          effectiveOn: '2026-01-01',
        })
      ).body,
    ).toMatchObject({ code: 'STAR_RATING.EFFECTIVE_TOO_EARLY', field: 'effectiveOn' });
    await post(200, `${rating(societies.s2)}/withdrawal`, {
      reason: '年度检查发现党组织未按期换届',
      effectiveOn: '2026-09-01',
    });
    await post(200, `${rating(societies.s1)}/adjustment`, {
      stars: 4,
      reason: '组织生活记录不全',
      effectiveOn: '2026-06-01',
    });
    expect(
      await code(422, `${rating(societies.s4)}/withdrawal`, {
        reason: '摘星',
        effectiveOn: '2026-04-01',
      }),
    ).toBe('STAR_RATING.NO_STARS');
    await post(200, `/star-rating-rounds/${round}/close`);
    expect(
      await code(422, `/star-rating-rounds/${round}/publish`, { publishedOn: '2026-03-21' }),
    ).toBe('STAR_RATING_ROUND.NOT_IN_REVIEW');

    const on = async (society: string, day: string, version = 1) =>
      (await client.expect(200, 'GET', `${rating(society)}?minVersion=${version}&on=${day}`)).body;
    expect((await on(societies.s2, '2026-03-19', 7)).starsInRound.stars).toBeNull();
    expect((await on(societies.s2, '2026-05-01')).currentStars).toEqual({
      on: '2026-05-01',
      stars: 7,
      roundId: round,
    });
    const withdrawn = await on(societies.s2, '2026-09-01');
    expect(withdrawn.currentStars.stars).toBe(0);
    expect(withdrawn.changes).toEqual([
      {
        kind: 'withdrawn',
        stars: 0,
        previousStars: 7,
        reason: '年度检查发现党组织未按期换届',
        effectiveOn: '2026-09-01',
      },
    ]);
    expect((await on(societies.s1, '2026-05-31', 5)).currentStars.stars).toBe(5);
    const adjusted = await on(societies.s1, '2026-06-01');
    expect(adjusted.starsInRound.stars).toBe(4);
    expect(adjusted.totals.decided).toEqual(adjusted.totals.reviewed);
    expect(adjusted.totals.self.total).toBe(83);
  });

  it('reads the round, its ratings page by page, and keeps each society to its own rating', async () => {
    const listed = (
      await client.expect(200, 'GET', '/star-rating-rounds?status=closed&year=2025')
    ).body.items.map((r: any) => r.id);
    expect(listed).toEqual([round]);
    const first = (
      await client.expect(200, 'GET', `/star-rating-rounds/${round}/societies?limit=3`)
    ).body;
    expect(first.items).toHaveLength(3);
    const rest = (
      await client.expect(
        200,
        'GET',
        `/star-rating-rounds/${round}/societies?limit=3&cursor=${first.next}`,
      )
    ).body;
    expect(rest).toMatchObject({ next: null });
    const rows = [...first.items, ...rest.items];
    expect(rows.find((row: any) => row.societyId === societies.s2)).toMatchObject({
      selfTotal: 93,
      reviewCount: 2,
      reviewedTotal: 88,
      decidedStars: 7,
      defaultStars: 6,
      starsAfterChanges: 0,
      changes: 1,
    });
    expect(rows.map((row: any) => row.decidedStars).sort()).toEqual([0, 4, 5, 7]);
    await client.expect(200, 'GET', rating(societies.s1), undefined, as(tokens.s1));
    await client.expect(403, 'GET', rating(societies.s2), undefined, as(tokens.s1));
    await client.expect(
      403,
      'GET',
      `/star-rating-rounds/${round}/societies`,
      undefined,
      as(tokens.s1),
    );
    const missing = await client.expect(404, 'GET', ratingPath(randomUUID(), societies.s1));
    expect(missing.body.code).toBe('STAR_RATING.NOT_FOUND');
  });

  it('takes the current stars from the latest publication that decided the society', async () => {
    const next = await draftRound(client, 2026);
    expect(
      await code(422, `/star-rating-rounds/${next}/publish`, { publishedOn: '2027-03-20' }),
    ).toBe('STAR_RATING_ROUND.NOT_IN_REVIEW');
    await post(200, `/star-rating-rounds/${next}/open`);
    await post(200, `/star-rating-rounds/${next}/start-review`);
    expect(
      await code(422, `/star-rating-rounds/${next}/publish`, { publishedOn: '2027-03-20' }),
    ).toBe('STAR_RATING_ROUND.NOTHING_TO_PUBLISH');
    await post(200, `${ratingPath(next, societies.s1)}/decision`, { stars: 6, reason: '年度复评' });
    await post(200, `/star-rating-rounds/${next}/publish`, { publishedOn: '2027-03-20' });
    await client.view(`/star-rating-rounds/${next}`, 4);
    const s1 = (await client.expect(200, 'GET', `${rating(societies.s1)}?on=2027-04-01`)).body;
    expect(s1.starsInRound.stars).toBe(4);
    expect(s1.currentStars).toEqual({ on: '2027-04-01', stars: 6, roundId: next });
    const s2 = (await client.expect(200, 'GET', `${rating(societies.s2)}?on=2027-04-01`)).body;
    expect(s2.currentStars).toEqual({ on: '2027-04-01', stars: 0, roundId: round });

    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
    const report = await checkConsistency(
      api.runtime.infra.store,
      api.runtime.infra.views,
      ENTITY_PROJECTIONS,
    );
    expect(report.differences).toEqual([]);
  });
});
