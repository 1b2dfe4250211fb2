import type { ApiClient } from './api-client';
import { WITHDRAWN, WITHDRAWN_ON, type YearlyScenario } from './yearly-scenario';

/** How many societies have each number of stars, 0..8. */
const distribution = (stars: readonly (number | null)[]) =>
  [...Array(9).keys()].map((k) => stars.filter((s) => s === k).length);

/**
 * The figures of the yearly scenario, worked out by hand from its construction (society i,
 * k = i % 9; sample place p), asserted through the GET routes of rounds, ratings, batches,
 * the campaign report and the status views.
 */
export async function expectYearlyFigures(client: ApiClient, scenario: YearlyScenario) {
  const get = async (path: string) => (await client.expect(200, 'GET', path)).body;
  const { societies, roundId, batchId, sample } = scenario;

  expect(scenario.liaisonReviewRefusedWith).toBe('STAR_RATING.REVIEWER_IS_LIAISON');

  const round = await get(`/star-rating-rounds/${roundId}`);
  // Ratings exist for the 100 self-assessed societies, each reviewed twice and decided.
  expect(round).toMatchObject({
    status: 'published',
    publishedOn: '2026-03-20',
    progress: { societies: 100, selfAssessed: 100, reviewed: 100, decided: 100 },
  });
  const rows: any[] = (await get(`/star-rating-rounds/${roundId}/societies?limit=1000`)).items;
  expect(rows).toHaveLength(100);
  // After publication, by the thresholds: i = 0..98 is 11 cycles of k = 0..8, and i = 99 adds
  // one more k = 0, so 12, 11, 11, ..., 11. Raised a star: 91..94 (k = 1..4 to 2..5), so
  // k = 1 loses one and k = 5 gains one; 2, 3 and 4 each lose one and gain one.
  expect(distribution(rows.map((row) => row.decidedStars))).toEqual([
    12, 10, 11, 11, 11, 12, 11, 11, 11,
  ]);
  // After the withdrawal of society 8's 8 stars: one fewer with 8, one more with 0.
  expect(distribution(rows.map((row) => row.starsAfterChanges))).toEqual([
    13, 10, 11, 11, 11, 12, 11, 11, 10,
  ]);
  // The 4 societies without a self-assessment (100..103) have no rating at all.
  expect(rows.filter((row) => row.selfTotal === null)).toEqual([]);
  await client.expect(404, 'GET', `/star-rating-rounds/${roundId}/societies/${societies[101]}`);

  const rating = (i: number, query = '') =>
    get(`/star-rating-rounds/${roundId}/societies/${societies[i]}${query}`);
  const totals = (view: any) => ({
    self: view.totals.self.total,
    reviewed: view.totals.reviewed.total,
    decided: view.totals.decided.total,
    stars: view.decision.stars,
    defaultStars: view.decision.defaultStars,
  });
  // i = 0, k = 0: mean 20, self 20 + 4, reviews 22 and 18; below 30, so 0 stars.
  expect(totals(await rating(0))).toEqual({
    self: 24,
    reviewed: 20,
    decided: 20,
    stars: 0,
    defaultStars: 0,
  });
  // i = 50, k = 5: mean 70 (reviews 72 and 68), self 74; 70 is the least for 5 stars.
  const fifty = await rating(50);
  expect(totals(fifty)).toEqual({ self: 74, reviewed: 70, decided: 70, stars: 5, defaultStars: 5 });
  expect(fifty.reviews.map((review: any) => review.total).sort()).toEqual([68, 72]);
  // i = 93, k = 3: mean 50 gives 3 stars; the office decided 4, with its reason.
  const raised = await rating(93);
  expect(totals(raised)).toEqual({
    self: 54,
    reviewed: 50,
    decided: 50,
    stars: 4,
    defaultStars: 3,
  });
  expect(raised.decision.reason).toBe('党建工作成效突出，经审议上调一星');
  // i = 8, k = 8: mean 95 (97 and 93), self 99; 8 stars until the withdrawal, 0 from 2026-10-01.
  const withdrawn = await rating(WITHDRAWN);
  expect(totals(withdrawn)).toEqual({
    self: 99,
    reviewed: 95,
    decided: 95,
    stars: 8,
    defaultStars: 8,
  });
  expect(withdrawn.changes).toEqual([
    expect.objectContaining({ kind: 'withdrawn', stars: 0, effectiveOn: WITHDRAWN_ON }),
  ]);
  expect(withdrawn.starsInRound.stars).toBe(0);
  expect((await rating(WITHDRAWN, '?on=2026-09-30')).starsInRound.stars).toBe(8);

  // The batch: 21 societies (20 drawn of the 52 even ones, society 1 added), all visited.
  // Items: one at p = 0..19, 20 in all; accepted p = 0..9: rate 10 / 20 = 0.5. Overdue: due in
  // the past and not accepted, p = 10..14: 5. Major findings p = 10..14: 5. Reported and not
  // yet accepted: p = 10 alone. Closed: the cases whose last item was accepted, p = 0..9.
  const batch = await get(`/inspection-batches/${batchId}`);
  expect(batch.draw.population).toHaveLength(52);
  expect(batch.draw.societyIds).toHaveLength(20);
  expect(batch.draw.societyIds.every((id: string) => societies.indexOf(id) % 2 === 0)).toBe(true);
  expect(batch.sample[20]).toMatchObject({ societyId: societies[1], how: 'added' });
  expect(batch.progress).toMatchObject({
    societies: 21,
    visited: 21,
    closed: 10,
    findings: 20,
    majorFindings: 5,
    items: 20,
    reported: 1,
    accepted: 10,
    overdue: 5,
  });
  expect(batch.progress.accepted / batch.progress.items).toBe(0.5);
  const returned = await get(`/inspection-batches/${batchId}/societies/${sample[0]}`);
  expect(returned.items[0].status).toBe('accepted');

  // The campaign report: of the societies assigned (society 0, p = 0, 10, 11, 20), red for an
  // overdue rectification are those at p = 10..14: p = 10 and 11 (and society 0, were it drawn
  // there); the others are only yellow (no lecture, no service task yet).
  const report = await get(`/campaigns/${scenario.campaignId}/report`);
  const overdueAt = (id: string) => sample.indexOf(id) >= 10 && sample.indexOf(id) < 15;
  const red = scenario.assigned.filter(overdueAt);
  expect(red).toEqual(expect.arrayContaining([sample[10], sample[11]]));
  for (const societyId of scenario.assigned) {
    const row = report.societies.find((one: any) => one.societyId === societyId);
    expect(row).toMatchObject(
      overdueAt(societyId)
        ? {
            status: 'red',
            overdueRectifications: 1,
            reasons: expect.arrayContaining(['有逾期整改事项']),
          }
        : { status: 'yellow', overdueRectifications: 0 },
    );
  }
  expect(report.overdueRectifications.map((one: any) => one.societyId).sort()).toEqual(red.sort());

  // Society status: the stars in effect today and the rectifications open and overdue.
  const status = (id: string) => get(`/societies/${id}/status`);
  expect((await status(societies[50]!)).currentStars.stars).toBe(5);
  expect((await status(societies[93]!)).currentStars.stars).toBe(4);
  expect((await status(societies[WITHDRAWN]!)).currentStars.stars).toBe(0);
  expect((await status(societies[101]!)).currentStars.stars).toBeNull();
  const rectifications = async (p: number) => (await status(sample[p]!)).rectifications;
  expect(await rectifications(10)).toMatchObject({ open: 1, reported: 1, overdue: 1 });
  expect(await rectifications(12)).toMatchObject({ open: 1, reported: 0, overdue: 1 });
  expect(await rectifications(15)).toMatchObject({ open: 1, reported: 0, overdue: 0 });
  expect(await rectifications(0)).toMatchObject({ open: 0, reported: 0, overdue: 0 });

  // Member status: no reviews left once every rating is decided. The inspector carries on the
  // cases not closed: accepting its last item closed each of p = 0..9, so p = 10..20 remain,
  // 11 (p = 20, without findings, waits to be closed by hand); items open p = 10..19: 10
  // (p = 10 reported), 5 overdue.
  const member = (id: string) => get(`/members/${id}/status`);
  for (const id of [...scenario.reviewers, scenario.liaison, scenario.inspector])
    expect((await member(id)).reviews.toReview).toBe(0);
  const inspections = (await member(scenario.inspector)).inspections;
  expect(inspections).toMatchObject({
    societies: 11,
    notVisited: 0,
    open: 10,
    reported: 1,
    overdue: 5,
  });
  expect(inspections.cases.map((one: any) => one.societyId).sort()).toEqual(
    sample.slice(10, 21).sort(),
  );
}
