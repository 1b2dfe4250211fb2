import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_PROJECTIONS, loadConfig } from '@pb/platform';
import { rebuildReadModels } from '@pb/projections';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET } from './support/auth';
import { waitForViewsToCatchUp } from './support/expectations';
import { inspectionFixtures, memberToken, secretaryToken } from './support/inspection-client';
import { snapshotViews } from './support/snapshot';
import { as, draftRound, ratingPath, sheet } from './support/star-rating';

jest.setTimeout(120000);

/**
 * The yearly cycle in the status views and the campaign report, through HTTP in embedded
 * mode: three societies, two members (a is s1's liaison, b is s3's), a round reviewed,
 * decided, published and changed, and a batch that draws all three, where s3 is found
 * wanting and lets its rectification item pass its due date (2026-06-30, before today).
 */
describe('the yearly cycle in the status views and the campaign report', () => {
  let api: Api;
  let client: ApiClient;
  let a: string;
  let b: string;
  let s1: string;
  let s2: string;
  let s3: string;
  let campaign: string;
  let round: string;
  let inspection: { batch: string; item: string };

  const settled = () => waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
  const get = async (path: string) => (await client.expect(200, 'GET', path)).body;
  const society = async (id: string) => get(`/societies/${id}/status`);
  const member = async (id: string) => get(`/members/${id}/status`);
  const post = (path: string, body?: unknown, token?: string) =>
    client.expect(200, 'POST', path, body, token ? as(token) : undefined);
  const rated = (societyId: string, action: string, body: unknown, token?: string) =>
    post(`${ratingPath(round, societyId)}/${action}`, body, token);
  const itemPath = (societyId: string, action: string) =>
    `/inspection-batches/${inspection.batch}/societies/${societyId}/rectification-items/${inspection.item}/${action}`;
  const row = (report: any, societyId: string) =>
    report.societies.find((r: any) => r.societyId === societyId);

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-yearly-status-')),
        PORT: '0',
      }),
      { logger: false },
    );
    client = new ApiClient(api.url);
    [a, b] = [await client.member('赵委员'), await client.member('钱委员')];
    s1 = await client.society('中国机械工程学会');
    s2 = await client.society('中国化学会');
    s3 = await client.society('中国农学会');
    campaign = await client.campaign('联系学会', {
      startsOn: '2026-01-01',
      endsOn: '2099-12-31',
      lecturesPerSociety: 1,
      serviceTasksPerSociety: 1,
    });
    await client.assign(campaign, s1, a);
    await client.assign(campaign, s3, b);
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('shows each member the self-assessed ratings in review they are expected to review', async () => {
    round = await draftRound(client, 2025);
    await post(`/star-rating-rounds/${round}/open`);
    for (const id of [s1, s2])
      await rated(
        id,
        'self-assessment',
        { items: sheet([18, 25, 24, 16]) },
        await secretaryToken(id),
      );
    await post(`/star-rating-rounds/${round}/start-review`);
    await settled();
    // a is s1's liaison: only s2 is a's to review; b is s3's, which did not assess itself.
    expect((await member(a)).reviews).toEqual({
      toReview: 1,
      rounds: [expect.objectContaining({ roundId: round, societyIds: [s2], toReview: 1 })],
    });
    expect((await member(b)).reviews.rounds[0].societyIds).toEqual([s1, s2].sort());

    await rated(s1, 'reviews', { items: sheet([16, 22, 20, 14]) }, await memberToken(b));
    await settled();
    expect((await member(b)).reviews).toMatchObject({
      toReview: 1,
      rounds: [{ societyIds: [s2] }],
    });
    expect((await member(a)).reviews.toReview).toBe(1);

    await rated(s1, 'decision', {});
    await rated(s2, 'decision', { stars: 3, reason: '材料不全，经审议评定三星' });
    await settled();
    for (const id of [a, b])
      expect((await member(id)).reviews).toEqual({ toReview: 0, rounds: [] });
  });

  it('shows a society its current stars: the published decision with the changes in effect today', async () => {
    expect((await society(s1)).currentStars).toMatchObject({ stars: null, roundId: null });
    await post(`/star-rating-rounds/${round}/publish`, { publishedOn: '2026-03-20' });
    await rated(s2, 'adjustment', {
      stars: 2,
      reason: '组织生活记录不全',
      effectiveOn: '2026-06-01',
    });
    await rated(s1, 'withdrawal', { reason: '未按期换届', effectiveOn: '2099-01-01' });
    await settled();
    // s1: b's review of 72 gives 5 stars by the thresholds; the withdrawal is not in effect yet.
    const first = await society(s1);
    expect(first.currentStars).toMatchObject({ stars: 5, roundId: round, on: first.asOfDate });
    expect(first.publishedStars).toEqual([
      expect.objectContaining({
        roundId: round,
        publishedOn: '2026-03-20',
        decidedStars: 5,
        changes: [{ kind: 'withdrawn', stars: 0, effectiveOn: '2099-01-01' }],
      }),
    ]);
    expect((await society(s2)).currentStars).toMatchObject({ stars: 2, roundId: round });
    expect((await society(s3)).currentStars.stars).toBeNull();
  });

  it('shows an inspector the sampled societies to inspect and a society its overdue rectification', async () => {
    inspection = await inspectionFixtures(client, {
      registered: 3,
      added: [],
      visited: [s3],
      memberId: a,
    });
    await post(
      itemPath(s3, 'report'),
      { note: '已整改', evidence: await client.evidence() },
      await secretaryToken(s3),
    );
    await settled();
    const rectifications = (await society(s3)).rectifications;
    expect(rectifications).toEqual({
      open: 1,
      reported: 1,
      overdue: 1,
      items: [
        expect.objectContaining({
          batchId: inspection.batch,
          itemId: inspection.item,
          dueOn: '2026-06-30',
          status: 'reported',
          overdue: true,
        }),
      ],
    });
    expect((await society(s1)).rectifications).toEqual({
      open: 0,
      reported: 0,
      overdue: 0,
      items: [],
    });
    const todo = (await member(a)).inspections;
    expect(todo).toMatchObject({ societies: 3, notVisited: 2, open: 1, reported: 1, overdue: 1 });
    expect(todo.cases.find((c: any) => c.societyId === s3)).toMatchObject({
      state: 'open',
      rectifications: { open: 1, overdue: 1 },
    });
    expect((await member(b)).inspections).toMatchObject({ societies: 0, cases: [] });
  });

  it('reports the society red for its overdue rectification, as it stood at a past moment too', async () => {
    const live = await get(`/campaigns/${campaign}/report`);
    expect(row(live, s3)).toMatchObject({
      status: 'red',
      overdueRectifications: 1,
      reasons: ['有逾期整改事项', '宣讲未达标', '办实事未达标'],
    });
    expect(row(live, s1)).toMatchObject({ status: 'yellow', overdueRectifications: 0 });
    expect(live.overdueRectifications).toEqual([
      expect.objectContaining({ societyId: s3, itemId: inspection.item, dueOn: '2026-06-30' }),
    ]);

    const moment = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await post(itemPath(s3, 'accept'), { inspectorId: a });
    await settled();
    const accepted = await get(`/campaigns/${campaign}/report`);
    expect(row(accepted, s3)).toMatchObject({ status: 'yellow', overdueRectifications: 0 });
    const then = await get(`/campaigns/${campaign}/report?asOf=${encodeURIComponent(moment)}`);
    expect(row(then, s3)).toMatchObject({ status: 'red', reasons: row(live, s3).reasons });
    expect(then.overdueRectifications).toEqual(live.overdueRectifications);

    expect((await society(s3)).rectifications).toMatchObject({ open: 0, overdue: 0 });
    const todo = (await member(a)).inspections;
    expect(todo.cases.map((c: any) => c.societyId).sort()).toEqual([s1, s2].sort());
  });

  it('computes the same status views from scratch as it kept up batch by batch', async () => {
    await settled();
    const { store, views } = api.runtime.infra;
    const before = await snapshotViews(views);
    await rebuildReadModels(store, views, ENTITY_PROJECTIONS);
    const after = await snapshotViews(views);
    expect(after.society_status).toEqual(before.society_status);
    expect(after.member_status).toEqual(before.member_status);
  });
});
