import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_PROJECTIONS, loadConfig } from '@pb/platform';
import { checkConsistency } from '@pb/projections';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { openApiAnswerChecker } from './support/openapi-answers';
import { TEST_JWT_SECRET } from './support/auth';
import { waitForViewsToCatchUp } from './support/expectations';
import {
  as,
  CRITERIA,
  draftRound,
  ONES,
  ratingCast,
  type RatingCast,
  ratingPath,
  sheet,
  THRESHOLDS,
} from './support/star-rating';

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
  let members: RatingCast['members'];
  let societies: RatingCast['societies'];
  let tokens: RatingCast['tokens'];
  type Society = keyof RatingCast['societies'];

  const post = (status: number, path: string, body?: unknown, token?: string) =>
    client.expect(status, 'POST', path, body, token ? as(token) : undefined);
  const rating = (society: string) => ratingPath(round, society);
  /** An action on a society's rating in the round, as the office unless a token is given. */
  const act = (status: number, s: Society, action: string, body: unknown, token?: string) =>
    post(status, `${rating(societies[s])}/${action}`, body, token);
  const refused = async (code: string, ...request: Parameters<typeof act>) =>
    expect((await act(...request)).body.code).toBe(code);
  const step = (status: number, action: string, body?: unknown, id = round) =>
    post(status, `/star-rating-rounds/${id}/${action}`, body);
  const stepCode = async (status: number, action: string, body: unknown, id = round) =>
    (await step(status, action, body, id)).body.code;
  const read = async (s: Society, query = '') =>
    (await client.expect(200, 'GET', `${rating(societies[s])}${query}`)).body;

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
    ({ members, societies, tokens } = await ratingCast(client));
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('drafts a round, refuses thresholds that do not fit, amends and opens it', async () => {
    const definition = { year: 2025, title: '评定', criteria: CRITERIA };
    const bad = async (thresholds: number[]) =>
      (await post(400, '/star-rating-rounds', { ...definition, thresholds })).body;
    expect((await bad([30, 40, 50])).field).toBe('thresholds');
    expect(await bad([30, 40, 50, 60, 70, 80, 90, 120])).toMatchObject({
      code: 'STAR_RATING_ROUND.THRESHOLD_ABOVE_MAXIMUM',
      field: 'thresholds[7]',
    });
    expect((await bad([30, 40, 40, 60, 70, 80, 90, 95])).code).toBe(
      'STAR_RATING_ROUND.THRESHOLDS_NOT_INCREASING',
    );
    round = await draftRound(client, 2025, '2025年度星级评定（草案）');
    await step(200, 'amend', { title: '2025年度星级学会党组织评定' });
    await refused('STAR_RATING.ROUND_NOT_OPEN', 422, 's1', 'self-assessment', ONES);
    await step(200, 'open');
    expect(await stepCode(422, 'amend', { year: 2026 })).toBe('STAR_RATING_ROUND.NOT_DRAFT');
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
    const assess = (s: 's1' | 's2' | 's3', points: number[], status = 200, token = tokens[s]) =>
      act(status, s, 'self-assessment', { items: sheet(points) }, token);
    await assess('s1', [18, 25, 24, 16]);
    await assess('s2', [10, 10, 10, 10]);
    await assess('s2', [20, 28, 27, 18]);
    await assess('s3', [15, 20, 20, 15]);
    expect((await assess('s2', [1, 1, 1, 1], 403, tokens.s1)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await assess('s1', [21, 25, 24, 16], 400)).body.field).toBe('items[0].points');
    const missing = { items: sheet([18, 25, 24, 16]).slice(1) };
    await refused('STAR_RATING.ITEM_MISSING', 400, 's1', 'self-assessment', missing, tokens.s1);
    const unknownRound = `${ratingPath(randomUUID(), societies.s1)}/self-assessment`;
    expect((await post(404, unknownRound, ONES)).body.code).toBe('STAR_RATING_ROUND.NOT_FOUND');
    const unknownSociety = `${rating(randomUUID())}/self-assessment`;
    expect((await post(404, unknownSociety, ONES)).body.code).toBe('SOCIETY.NOT_FOUND');
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
    await refused('STAR_RATING.ROUND_NOT_IN_REVIEW', 422, 's1', 'reviews', ONES, tokens.b);
    await step(200, 'start-review');
    await refused('STAR_RATING.ROUND_NOT_OPEN', 422, 's1', 'self-assessment', ONES, tokens.s1);
    const review = (s: Society, token: string, points: number[]) =>
      act(200, s, 'reviews', { items: sheet(points), comment: '材料齐全' }, token);
    await refused('STAR_RATING.REVIEWER_IS_LIAISON', 422, 's1', 'reviews', ONES, tokens.a);
    await review('s1', tokens.b, [16, 22, 20, 14]);
    await review('s1', tokens.c, [15, 21, 20, 15]);
    await review('s2', tokens.a, [19, 27, 26, 18]);
    await review('s2', tokens.b, [10, 10, 10, 10]);
    await review('s2', tokens.b, [18, 26, 25, 17]);
    const authorCode = 'STAR_RATING.REVIEWER_WROTE_SELF_ASSESSMENT';
    await refused(authorCode, 422, 's3', 'reviews', ONES, tokens.c);
    await review('s3', tokens.a, [14, 18, 18, 14]);
    // The office enters a review in a member's name; a member only in their own.
    const byB = { items: sheet([14, 18, 18, 12]), reviewerId: members.b };
    await act(200, 's3', 'reviews', byB);
    expect((await act(400, 's3', 'reviews', ONES)).body.field).toBe('reviewerId');
    const asA = { ...ONES, reviewerId: members.a };
    await refused('AUTH.FORBIDDEN', 403, 's3', 'reviews', asA, tokens.b);
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
    await act(200, 's1', 'decision', {});
    await refused('STAR_RATING.REASON_REQUIRED', 400, 's2', 'decision', { stars: 7 });
    await act(200, 's2', 'decision', { stars: 7, reason: '科普工作成效突出，经审议提升一星' });
    await act(200, 's3', 'decision', {});
    await act(200, 's4', 'decision', {});
    await refused('STAR_RATING.REVIEWER_IS_LIAISON', 422, 's1', 'reviews', ONES, tokens.a);
    await refused('STAR_RATING.ALREADY_DECIDED', 422, 's2', 'reviews', ONES, tokens.c);
    const early = { reason: '摘星', effectiveOn: '2026-04-01' };
    await refused('STAR_RATING.ROUND_NOT_PUBLISHED', 422, 's1', 'withdrawal', early);
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
    await step(200, 'publish', { publishedOn: '2026-03-20' });
    const published = await client.view(`/star-rating-rounds/${round}`, 5);
    expect(published).toMatchObject({ status: 'published', publishedOn: '2026-03-20' });
    expect([...published.publishedSocietyIds].sort()).toEqual(Object.values(societies).sort());
    await refused('STAR_RATING.ROUND_NOT_IN_REVIEW', 422, 's1', 'decision', {});
    const tooEarly = { stars: 4, reason: '调整', effectiveOn: '2026-01-01' };
    expect((await act(400, 's1', 'adjustment', tooEarly)).body).toMatchObject({
      code: 'STAR_RATING.EFFECTIVE_TOO_EARLY',
      field: 'effectiveOn',
    });
    const withdrawal = { reason: '年度检查发现党组织未按期换届', effectiveOn: '2026-09-01' };
    await act(200, 's2', 'withdrawal', withdrawal);
    await act(200, 's1', 'adjustment', {
      stars: 4,
      reason: '组织生活记录不全',
      effectiveOn: '2026-06-01',
    });
    const noStars = { reason: '摘星', effectiveOn: '2026-04-01' };
    await refused('STAR_RATING.NO_STARS', 422, 's4', 'withdrawal', noStars);
    await step(200, 'close');
    const again = { publishedOn: '2026-03-21' };
    expect(await stepCode(422, 'publish', again)).toBe('STAR_RATING_ROUND.NOT_IN_REVIEW');

    const on = (s: Society, day: string, version = 1) =>
      read(s, `?minVersion=${version}&on=${day}`);
    expect((await on('s2', '2026-03-19', 7)).starsInRound.stars).toBeNull();
    expect((await on('s2', '2026-05-01')).currentStars).toEqual({
      on: '2026-05-01',
      stars: 7,
      roundId: round,
    });
    const withdrawn = await on('s2', '2026-09-01');
    expect(withdrawn.currentStars.stars).toBe(0);
    expect(withdrawn.changes).toEqual([
      { kind: 'withdrawn', stars: 0, previousStars: 7, ...withdrawal },
    ]);
    expect((await on('s1', '2026-05-31', 5)).currentStars.stars).toBe(5);
    const adjusted = await on('s1', '2026-06-01');
    expect(adjusted.starsInRound.stars).toBe(4);
    expect(adjusted.totals.decided).toEqual(adjusted.totals.reviewed);
    expect(adjusted.totals.self.total).toBe(83);
  });

  it('reads the round, its ratings page by page, and keeps each society to its own rating', async () => {
    const get = async (path: string, status = 200, token?: string) =>
      (await client.expect(status, 'GET', path, undefined, token ? as(token) : undefined)).body;
    const listed = await get('/star-rating-rounds?status=closed&year=2025');
    expect(listed.items.map((r: any) => r.id)).toEqual([round]);
    const ratings = `/star-rating-rounds/${round}/societies`;
    const first = await get(`${ratings}?limit=3`);
    expect(first.items).toHaveLength(3);
    const rest = await get(`${ratings}?limit=3&cursor=${first.next}`);
    expect(rest).toMatchObject({ next: null });
    const rows = [...first.items, ...rest.items];
    expect(rows.find((row: any) => row.societyId === societies.s2)).toMatchObject({
      societyName: expect.stringMatching(/^中国化学会-/),
      selfTotal: 93,
      reviewCount: 2,
      reviewerIds: [members.a, members.b],
      reviewedTotal: 88,
      decidedStars: 7,
      defaultStars: 6,
      starsAfterChanges: 0,
      changes: 1,
    });
    expect(rows.map((row: any) => row.decidedStars).sort()).toEqual([0, 4, 5, 7]);
    // A reviewer reads the names of societies whose register they may not read.
    const asReviewer = await get(ratings, 200, tokens.b);
    expect(asReviewer.items.map((row: any) => row.societyName).sort()).toEqual(
      rows.map((row: any) => row.societyName).sort(),
    );
    await get(`/societies/${societies.s2}`, 403, tokens.b);
    await get(rating(societies.s1), 200, tokens.s1);
    await get(rating(societies.s2), 403, tokens.s1);
    await get(ratings, 403, tokens.s1);
    const missing = await get(ratingPath(randomUUID(), societies.s1), 404);
    expect(missing.code).toBe('STAR_RATING.NOT_FOUND');
    const check = openApiAnswerChecker(await get('/docs/openapi.json'));
    expect([
      ...check('/star-rating-rounds/{id}/societies/{societyId}', await get(rating(societies.s2))),
      ...check('/star-rating-rounds/{id}', await get(`/star-rating-rounds/${round}`)),
      ...check('/star-rating-rounds/{id}/societies', first),
    ]).toEqual([]);
  });

  it('takes the current stars from the latest publication that decided the society', async () => {
    const next = await draftRound(client, 2026);
    const publishing = { publishedOn: '2027-03-20' };
    expect(await stepCode(422, 'publish', publishing, next)).toBe(
      'STAR_RATING_ROUND.NOT_IN_REVIEW',
    );
    await step(200, 'open', undefined, next);
    await step(200, 'start-review', undefined, next);
    expect(await stepCode(422, 'publish', publishing, next)).toBe(
      'STAR_RATING_ROUND.NOTHING_TO_PUBLISH',
    );
    await post(200, `${ratingPath(next, societies.s1)}/decision`, { stars: 6, reason: '年度复评' });
    await step(200, 'publish', publishing, next);
    await client.view(`/star-rating-rounds/${next}`, 4);
    const s1 = await read('s1', '?on=2027-04-01');
    expect(s1.starsInRound.stars).toBe(4);
    expect(s1.currentStars).toEqual({ on: '2027-04-01', stars: 6, roundId: next });
    const s2 = await read('s2', '?on=2027-04-01');
    expect(s2.currentStars).toEqual({ on: '2027-04-01', stars: 0, roundId: round });

    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
    const { store, views } = api.runtime.infra;
    const report = await checkConsistency(store, views, ENTITY_PROJECTIONS);
    expect(report.differences).toEqual([]);
  });
});
