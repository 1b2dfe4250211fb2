import { randomUUID } from 'node:crypto';
import type { ApiClient } from './api-client';
import { eventually } from './http';
import { inParallel } from './in-parallel';
import { memberToken, secretaryToken } from './inspection-client';
import { as, draftRound, ratingPath, sheet } from './star-rating';

/**
 * The yearly cycle for 104 societies through HTTP: a star rating round (criteria A1 20, B1 30,
 * C1 30, D1 20; thresholds 30 40 50 60 70 80 90 95 for 1..8 stars) and an inspection batch.
 * Everything follows from a society's index i (0..103) or its place p in the batch's sample,
 * so that the figures the suites expect can be worked out by hand (see yearly-expectations).
 */
export const SOCIETIES = 104;
/** Societies 100..103 submit no self-assessment, so they are neither reviewed nor decided. */
export const SELF_ASSESSED = 100;
/** The reviewed mean of society i earns k = i % 9 stars by the thresholds: exactly the least total. */
export const REVIEWED_MEAN = [20, 30, 40, 50, 60, 70, 80, 90, 95];
/** Societies the office decides one star above the thresholds, with a reason. */
export const RAISED = [91, 92, 93, 94];
/** The society whose stars are withdrawn (摘星) after publication: i = 8, k = 8. */
export const WITHDRAWN = 8;
export const PUBLISHED_ON = '2026-03-20';
export const WITHDRAWN_ON = '2026-10-01';

/** A sheet of `total` points filled item by item in order, each up to its maximum. */
export function filled(total: number) {
  const points = [20, 30, 30, 20].map((max) => {
    const take = Math.min(max, total);
    total -= take;
    return take;
  });
  return sheet(points);
}

export interface YearlyScenario {
  readonly societies: readonly string[];
  /** Reviewers r0..r3; the liaison (in the campaign only); the inspector. */
  readonly reviewers: readonly string[];
  readonly liaison: string;
  readonly inspector: string;
  readonly roundId: string;
  readonly batchId: string;
  readonly campaignId: string;
  /** The batch's sample in its order: the 20 drawn, then the one added by hand. */
  readonly sample: readonly string[];
  /** The societies assigned in the campaign: society 0, then sample places 0, 10, 11, 20. */
  readonly assigned: readonly string[];
  /** The code of the 422 refusing the liaison's review of society 0. */
  readonly liaisonReviewRefusedWith: string;
}

/**
 * Runs the scenario; `settled` waits until the views reflect every command answered so far.
 */
export async function runYearlyScenario(
  client: ApiClient,
  settled: () => Promise<void>,
  parallel = 6,
): Promise<YearlyScenario> {
  const post = (path: string, body: unknown = {}, token?: string, status = 200) =>
    client.expect(status, 'POST', path, body, token ? as(token) : undefined);
  const reviewers = [
    await client.member('王委员'),
    await client.member('李委员'),
    await client.member('张委员'),
    await client.member('刘委员'),
  ];
  const liaison = await client.member('陈委员');
  const inspector = await client.member('杨委员');
  const societies: string[] = new Array(SOCIETIES);
  await inParallel([...Array(SOCIETIES).keys()], parallel, async (i) => {
    societies[i] = await client.society(`天津市第${i + 1}学会`);
    // Even societies have a party committee (52 of them), odd ones a branch.
    await post(`/societies/${societies[i]}/party-organisation`, {
      form: i % 2 === 0 ? 'committee' : 'branch',
      secretary: `书记${i}`,
      memberCount: 5,
    });
  });
  const campaignId = await client.campaign('联系学会', {
    startsOn: '2026-01-01',
    endsOn: '2099-12-31',
    lecturesPerSociety: 1,
    serviceTasksPerSociety: 1,
  });
  await client.assign(campaignId, societies[0]!, liaison);

  // The star rating round.
  const roundId = await draftRound(client, 2025);
  const rating = (i: number, action: string) => `${ratingPath(roundId, societies[i]!)}/${action}`;
  await post(`/star-rating-rounds/${roundId}/open`);
  const selfAssessed = [...Array(SELF_ASSESSED).keys()];
  await inParallel(selfAssessed, parallel, async (i) =>
    post(
      rating(i, 'self-assessment'),
      { items: filled(REVIEWED_MEAN[i % 9]! + 4) },
      await secretaryToken(societies[i]!),
    ),
  );
  await post(`/star-rating-rounds/${roundId}/start-review`);
  // Society i is reviewed by r(i % 4) with the mean + 2 and r((i + 1) % 4) with the mean - 2.
  await inParallel(selfAssessed, parallel, async (i) => {
    const mean = REVIEWED_MEAN[i % 9]!;
    await post(
      rating(i, 'reviews'),
      { items: filled(mean + 2), comment: '材料齐全' },
      await memberToken(reviewers[i % 4]!),
    );
    await post(
      rating(i, 'reviews'),
      { items: filled(mean - 2) },
      await memberToken(reviewers[(i + 1) % 4]!),
    );
  });
  // The liaison of society 0 in a launched campaign may not review it.
  const refused = await post(
    rating(0, 'reviews'),
    { items: filled(20) },
    await memberToken(liaison),
    422,
  );
  await settled();
  // The status views follow the entity views by a moment in distributed mode.
  await eventually(() => expectReviewToDos(client, reviewers[0]!, liaison, inspector), 60000);
  await inParallel(selfAssessed, parallel, (i) =>
    post(
      rating(i, 'decision'),
      RAISED.includes(i) ? { stars: (i % 9) + 1, reason: '党建工作成效突出，经审议上调一星' } : {},
    ),
  );
  await post(`/star-rating-rounds/${roundId}/publish`, { publishedOn: PUBLISHED_ON });
  await post(rating(WITHDRAWN, 'withdrawal'), {
    reason: '发生严重违纪问题，撤销星级',
    effectiveOn: WITHDRAWN_ON,
  });

  const { batchId, sample } = await runInspections(client, societies, inspector, parallel);
  // Sample places 10 and 11 have overdue items, 0 and 20 none.
  const assigned = [societies[0]!, ...[0, 10, 11, 20].map((p) => sample[p]!)];
  for (const societyId of new Set(assigned.slice(1)))
    if (societyId !== societies[0]) await client.assign(campaignId, societyId, liaison);
  await settled();
  return {
    societies,
    reviewers,
    liaison,
    inspector,
    roundId,
    batchId,
    campaignId,
    sample,
    assigned: [...new Set(assigned)],
    liaisonReviewRefusedWith: refused.body.code,
  };
}

/**
 * Members' review to-dos once all reviews are in (every self-assessed rating in review a
 * member has not reviewed and is not the liaison of): r0 reviewed i % 4 = 0 (first) and
 * i % 4 = 3 (second), 25 + 25 of the 100, so 50 left; the liaison is society 0's: 99; the
 * inspector reviewed none: 100.
 */
async function expectReviewToDos(
  client: ApiClient,
  r0: string,
  liaison: string,
  inspector: string,
) {
  const toReview = async (memberId: string) =>
    (await client.expect(200, 'GET', `/members/${memberId}/status`)).body.reviews.toReview;
  expect([await toReview(r0), await toReview(liaison), await toReview(inspector)]).toEqual([
    50, 99, 100,
  ]);
}

/** Due dates: the past is before today (2026-12 or later) in Asia/Shanghai, the future far off. */
const PAST_DUE = '2026-06-30';
const FUTURE_DUE = '2099-12-31';

/**
 * 20 drawn of the 52 societies with a party committee, society 1 (a branch) added by hand,
 * all 21 visited. By sample place p: 0..9 a minor finding whose item, due in the past, is
 * accepted (p = 0 returned once first); 10..14 a major finding whose item, due in the past,
 * stays open (p = 10 reported, not yet accepted): overdue; 15..19 a minor finding whose item
 * is due in the future; 20 no finding.
 */
async function runInspections(
  client: ApiClient,
  societies: readonly string[],
  inspector: string,
  parallel: number,
) {
  const planned = await client.expect(201, 'POST', '/inspection-batches', {
    title: '2026年度学会党建工作督导抽查',
    focus: ['组织建设', '学习宣传贯彻'],
    population: { partyOrganisationForms: ['committee'] },
    inspectorIds: [inspector],
    sampleSize: 20,
  });
  const batchId: string = planned.body.id;
  const batch = `/inspection-batches/${batchId}`;
  await client.expect(200, 'POST', `${batch}/draw`, {});
  const added = await client.expect(200, 'POST', `${batch}/societies`, {
    societyId: societies[1],
    reason: '群众来信反映组织生活不规范',
  });
  // Under load the view may answer before it holds the added society (minVersion waits a
  // while, then answers what it has): read until the sample has the drawn and the added.
  let sample: string[] = [];
  await eventually(async () => {
    const answer = await client.view(batch, added.body.version);
    sample = answer.sample.map((one: { societyId: string }) => one.societyId);
    expect(sample).toHaveLength(21);
  }, 60000);
  const inspectorToken = await memberToken(inspector);
  await inParallel(sample, parallel, async (societyId, p) => {
    const at = (rest: string) => `${batch}/societies/${societyId}${rest}`;
    const post = (rest: string, body: unknown, token = inspectorToken, status = 200) =>
      client.expect(status, 'POST', at(rest), body, as(token));
    await post('/visit', { visitedOn: '2026-04-15', inspectorIds: [inspector] });
    if (p === 20) return;
    const [findingId, itemId] = [randomUUID(), randomUUID()];
    const major = p >= 10 && p < 15;
    await post(
      '/findings',
      {
        id: findingId,
        category: major ? '组织建设' : '学习宣传贯彻',
        description: major ? '未按期换届' : '专题学习记录不全',
        severity: major ? 'major' : 'minor',
      },
      inspectorToken,
      201,
    );
    await post(
      '/rectification-items',
      { id: itemId, findingId, action: '限期整改', dueOn: p < 15 ? PAST_DUE : FUTURE_DUE },
      inspectorToken,
      201,
    );
    const item = (action: string) => `/rectification-items/${itemId}/${action}`;
    const report = async () =>
      post(
        item('report'),
        { note: '已整改', evidence: await client.evidence() },
        await secretaryToken(societyId),
      );
    if (p < 11) await report();
    if (p === 0) {
      await post(item('return'), { reason: '佐证材料不全，请补充' });
      await report();
    }
    if (p < 10) await post(item('accept'), {});
  });
  return { batchId, sample };
}
