import type { ApiClient } from './api-client';
import type { Seed000 } from './seed-000-scenario';

/**
 * The status views, lists and audit trail after the seed-000 scenario, against figures
 * worked out by hand from the scenario. Liaison blocks (society index k): L0 1–7 (society
 * 0 moved to L11), L1 8–16, L2 17–26, L3 27–34, ..., L11 98–104 and 0. Lecture of society
 * k: k<10 rescheduled, k<20 scheduled, 20–24 cancelled, 25–104 delivered (25–34 returned
 * and revised), 25–84 confirmed. Tasks i=2k and 2k+1 for k<60: i<10 cancelled, 10–19
 * proposed, 20–49 in progress (due 2021, so overdue today), 20–27 escalated, 50–69
 * completed, 70–119 evaluated (70–74 rated 2 and reopened).
 */
export async function expectReadSide(client: ApiClient, seed: Seed000): Promise<void> {
  const { societies, liaisons, campaignId } = seed;

  const escalated = await client.expect(200, 'GET', `/societies/${societies[10]}/status`);
  expect(escalated.body).toMatchObject({
    lectures: {
      scheduled: 1,
      delivered: 0,
      confirmed: 0,
      cancelled: 0,
      audience: 0,
      lastDeliveredOn: null,
    },
    serviceTasks: {
      byState: { 'in-progress': 2, proposed: 0, completed: 0, evaluated: 0, cancelled: 0 },
      open: 2,
    },
    averageRating: null,
    campaigns: [{ campaignId, liaisonId: liaisons[1] }],
  });
  expect(escalated.body.serviceTasks.overdue).toHaveLength(2);
  expect(escalated.body.serviceTasks.escalated).toHaveLength(2);

  // k=40: lecture delivered with 10 + 140 = 150 and confirmed; tasks i=80, 81 rated 3+80%3=5 and 3+81%3=3.
  const rated = (await client.expect(200, 'GET', `/societies/${societies[40]}/status`)).body;
  expect(rated).toMatchObject({
    lectures: { delivered: 0, confirmed: 1, audience: 150, lastDeliveredOn: '2021-08-10' },
    averageRating: 4,
    hasPartyOrganisation: true,
  });
  expect(rated.serviceTasks.byState).toEqual({
    proposed: 0,
    'in-progress': 0,
    completed: 0,
    evaluated: 2,
    cancelled: 0,
  });

  // k=25: returned and revised: the revision (12+5, 110+25) replaces the first record (10+5, 100+25).
  expect(
    (await client.expect(200, 'GET', `/societies/${societies[25]}/status`)).body.lectures,
  ).toMatchObject({ confirmed: 1, audience: 17 + 135 });
  // k=35: both tasks rated 2 and reopened, so in progress again and overdue; the mean counts both ratings.
  const reopened = (await client.expect(200, 'GET', `/societies/${societies[35]}/status`)).body;
  expect(reopened).toMatchObject({
    averageRating: 2,
    serviceTasks: { byState: { 'in-progress': 2, evaluated: 0 } },
  });
  // k=105 was withdrawn, k=109 deregistered and never assigned; k=95..99 recorded no party organisation (form none).
  expect(
    (await client.expect(200, 'GET', `/societies/${societies[105]}/status`)).body.campaigns,
  ).toEqual([]);
  expect(
    (await client.expect(200, 'GET', `/societies/${societies[109]}/status`)).body,
  ).toMatchObject({ status: 'deregistered', hasPartyOrganisation: false });
  expect(
    (await client.expect(200, 'GET', `/societies/${societies[97]}/status`)).body
      .hasPartyOrganisation,
  ).toBe(false);

  // L0: societies 1–7 (society 0 moved away), each with one scheduled lecture and no delivery; tasks i=2..15: 8 cancelled, 6 proposed.
  const l0 = (await client.expect(200, 'GET', `/members/${liaisons[0]}/status`)).body;
  expect(l0.campaigns).toEqual([
    expect.objectContaining({ campaignId, societies: 7, covered: 0, coverage: 0 }),
  ]);
  expect(l0.lectures).toEqual({ scheduled: 7, delivered: 0, confirmed: 0, cancelled: 0 });
  expect(l0.serviceTasks.byState).toEqual({
    proposed: 6,
    'in-progress': 0,
    completed: 0,
    evaluated: 0,
    cancelled: 8,
  });
  // L2: societies 17–26; lectures 17–19 scheduled, 20–24 cancelled, 25–26 confirmed; tasks i=34..53: 16 in progress (all overdue), 4 completed.
  const l2 = (await client.expect(200, 'GET', `/members/${liaisons[2]}/status`)).body;
  expect(l2.campaigns[0]).toMatchObject({ societies: 10, covered: 2, coverage: 0.2 });
  expect(l2.lectures).toEqual({ scheduled: 3, delivered: 0, confirmed: 2, cancelled: 5 });
  expect(l2.serviceTasks.byState).toEqual({
    proposed: 0,
    'in-progress': 16,
    completed: 4,
    evaluated: 0,
    cancelled: 0,
  });
  expect(l2.serviceTasks.overdue).toHaveLength(16);

  // Lists: L2's societies, in pages of 4, none twice; overdue ones among them: 17–24 (tasks 34–49).
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `/societies?liaisonId=${liaisons[2]}&limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: any = (await client.expect(200, 'GET', query)).body;
    expect(page.items.length).toBeLessThanOrEqual(4);
    seen.push(...page.items.map((s: any) => s.id));
    cursor = page.next;
  } while (cursor);
  expect(seen.sort()).toEqual(societies.slice(17, 27).slice().sort());
  const overdue = (
    await client.expect(200, 'GET', `/societies?liaisonId=${liaisons[2]}&overdue=true&limit=50`)
  ).body.items.map((s: any) => s.id);
  expect(overdue.sort()).toEqual(societies.slice(17, 25).slice().sort());
  expect(
    (await client.expect(200, 'GET', `/societies?campaignId=${campaignId}&limit=500`)).body.items,
  ).toHaveLength(105);
  expect(
    (await client.expect(200, 'GET', '/societies?status=deregistered&limit=500')).body.items.map(
      (s: any) => s.id,
    ),
  ).toContain(societies[109]);
  const campaigns = (await client.expect(200, 'GET', '/campaigns')).body;
  expect(campaigns.items).toHaveLength(1);
  expect(campaigns.items[0]).toMatchObject({ campaignId, status: 'launched' });
  expect(campaigns.items[0].title).toMatch(/[\u4e00-\u9fff]/);
  expect((await client.expect(200, 'GET', '/campaigns?status=closed')).body.items).toEqual([]);
  expect((await client.expect(400, 'GET', '/campaigns?status=finished')).body.field).toBe('status');
  const retired = (await client.expect(200, 'GET', '/members?status=retired')).body.items;
  expect(retired).toHaveLength(1);
  expect(
    (await client.expect(200, 'GET', `/members?campaignId=${campaignId}&limit=100`)).body.items,
  ).toHaveLength(12);
  expect((await client.expect(400, 'GET', '/societies?overdue=maybe')).body.field).toBe('overdue');
  expect((await client.expect(400, 'GET', '/societies?cursor=not-a-cursor')).body.field).toBe(
    'cursor',
  );

  // Audit: k=40 is touched by its registration, party organisation, assignment, its lecture
  // (scheduled, delivered, confirmed) and two tasks (proposed, accepted, completed, evaluated).
  const forSociety = (
    await client.expect(200, 'GET', `/audit/events?societyId=${societies[40]}&limit=1000`)
  ).body.items;
  expect(forSociety).toHaveLength(14);
  expect(forSociety.map((e: any) => e.when)).toEqual(
    [...forSociety.map((e: any) => e.when)].sort(),
  );
  expect(forSociety[0]).toMatchObject({
    what: 'SocietyRegistered',
    who: 'office-test',
    societyId: societies[40],
  });
  // L0: registered, 8 assignments, the move of society 0, 7 lectures scheduled and rescheduled.
  const forMember = (
    await client.expect(200, 'GET', `/audit/events?memberId=${liaisons[0]}&limit=1000`)
  ).body.items;
  expect(forMember).toHaveLength(24);
  expect(forMember.find((e: any) => e.what === 'SocietyReassigned')).toMatchObject({
    why: '委员工作调整',
  });
  const pages: any[] = [];
  let after: string | null = null;
  do {
    const query: string = `/audit/events?campaignId=${campaignId}&type=LectureConfirmed&limit=7${after ? `&cursor=${encodeURIComponent(after)}` : ''}`;
    const page: any = (await client.expect(200, 'GET', query)).body;
    pages.push(...page.items);
    after = page.next;
  } while (after);
  expect(pages).toHaveLength(60);
  expect(new Set(pages.map((e) => e.eventId)).size).toBe(60);
  const middle = pages[30].when;
  const before = (
    await client.expect(
      200,
      'GET',
      `/audit/events?type=LectureConfirmed&campaignId=${campaignId}&to=${encodeURIComponent(middle)}&limit=1000`,
    )
  ).body.items;
  expect(before.every((e: any) => e.when < middle)).toBe(true);
  expect(before.length).toBe(pages.filter((e) => e.when < middle).length);
}
