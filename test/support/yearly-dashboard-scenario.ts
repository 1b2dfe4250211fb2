import { randomUUID } from 'node:crypto';
import type { ApiClient } from './api-client';
import { InspectionClient, memberToken, secretaryToken } from './inspection-client';
import { draftRound, ratingPath, sheet } from './star-rating';

/** Six societies, by the letter the scenario gives each. */
export const SOCIETY_NAMES = {
  a: '中国化学会',
  b: '中国农学会',
  c: '中国机械工程学会',
  d: '中国药学会',
  e: '中国地质学会',
  f: '中国数学会',
} as const;
type Letter = keyof typeof SOCIETY_NAMES;

const RAISED = '科普工作成效突出，经审议提升一星';
export const ADDED_REASON = '群众来信反映党委会议记录不全，列入本批督导';

export type YearlyCast = Awaited<ReturnType<typeof yearlyCast>>;

/** The six societies by letter, and two committee members who review and inspect. */
export async function yearlyCast(client: ApiClient) {
  const societies = {} as Record<Letter, string>;
  for (const [letter, name] of Object.entries(SOCIETY_NAMES))
    societies[letter as Letter] = await client.society(name);
  const members = [await client.member('张委员'), await client.member('李委员')] as const;
  const nameOf = (id: string) =>
    SOCIETY_NAMES[(Object.keys(societies) as Letter[]).find((letter) => societies[letter] === id)!];
  return { societies, members, nameOf };
}

/**
 * A round in review: a, b, c, d and e self-assessed; a, b and c reviewed twice, d once;
 * a and b decided by the thresholds (6 and 4 stars), c raised from 5 to 6 stars with a
 * reason, f decided 0 stars without a word; d and e not decided. And a draft round with
 * nobody rated yet.
 */
export async function ratingScenario(client: ApiClient, { societies, members }: YearlyCast) {
  const round = await draftRound(client, 2025);
  const draft = await draftRound(client, 2026);
  const step = (action: string) =>
    client.expect(200, 'POST', `/star-rating-rounds/${round}/${action}`);
  const act = (s: Letter, action: string, body: unknown) =>
    client.expect(200, 'POST', `${ratingPath(round, societies[s])}/${action}`, body);

  await step('open');
  const selves: [Letter, number[]][] = [
    ['a', [20, 28, 27, 18]],
    ['b', [15, 20, 20, 15]],
    ['c', [18, 25, 24, 16]],
    ['d', [10, 10, 10, 10]],
    ['e', [12, 15, 15, 10]],
  ];
  for (const [s, points] of selves) await act(s, 'self-assessment', { items: sheet(points) });
  await step('start-review');
  const reviews: [Letter, number, number[]][] = [
    ['a', 0, [19, 27, 26, 18]],
    ['a', 1, [18, 26, 25, 17]],
    ['b', 0, [14, 18, 18, 14]],
    ['b', 1, [14, 18, 18, 12]],
    ['c', 0, [16, 22, 20, 14]],
    ['c', 1, [15, 21, 20, 15]],
    ['d', 0, [10, 12, 10, 8]],
  ];
  for (const [s, reviewer, points] of reviews)
    await act(s, 'reviews', { items: sheet(points), reviewerId: members[reviewer] });
  await act('a', 'decision', {});
  await act('b', 'decision', {});
  await act('c', 'decision', { stars: 6, reason: RAISED });
  await act('f', 'decision', {});
  await client.view(`/star-rating-rounds/${round}`, 3);
  return { round, draft };
}

/**
 * A batch that draws 4 of the 6 societies and adds a fifth by name; the first three drawn
 * and the added one visited. Drawn 1: an item overdue and open, another accepted; drawn 2:
 * an item reported; drawn 3: an item returned; added: an item open; drawn 4: not visited.
 * And a second batch only planned.
 */
export async function inspectionScenario(client: ApiClient, cast: YearlyCast) {
  const inspectors = cast.members;
  const societies = Object.values(cast.societies);
  const plan = {
    title: '2026年第一批学会党委督导抽查',
    focus: ['学习宣传贯彻', '党委工作和议事制度'],
    population: {},
    inspectorIds: inspectors,
    sampleSize: 4,
  };
  const batch = await InspectionClient.plan(client, plan);
  await InspectionClient.plan(client, { ...plan, title: '2026年第二批学会党委督导抽查' });
  await client.expect(200, 'POST', batch.path(undefined, '/draw'), {});
  const drawn: string[] = (await batch.batch(2)).draw.societyIds;
  const added = societies.find((id) => !drawn.includes(id))!;
  await client.expect(200, 'POST', batch.path(undefined, '/societies'), {
    societyId: added,
    reason: ADDED_REASON,
  });
  const [d0, d1, d2] = drawn as [string, string, string];
  const inspector = await memberToken(inspectors[0]);
  for (const society of [d0, d1, d2, added])
    await batch.post(200, null, society, '/visit', {
      visitedOn: '2020-03-10',
      inspectorIds: [inspectors[0]],
      note: '听取学会党委工作汇报，查阅党委会议记录',
    });
  const finding = async (society: string, category: string, severity: string) => {
    const id = randomUUID();
    const description = '2025年党委会议记录缺少议题和表决情况';
    await batch.post(201, null, society, '/findings', { id, category, description, severity });
    return id;
  };
  const item = async (society: string, findingId: string, action: string, dueOn: string) => {
    const id = randomUUID();
    await batch.post(201, null, society, '/rectification-items', { id, findingId, action, dueOn });
    return id;
  };
  const report = async (society: string, itemId: string) => {
    const done = { note: '已整改并经党委书记审签', evidence: await client.evidence() };
    const token = await secretaryToken(society);
    await batch.post(200, token, society, `/rectification-items/${itemId}/report`, done);
  };
  const [f0, f1, f2, f3] = [
    await finding(d0, '党委工作和议事制度', 'major'),
    await finding(d1, '学习宣传贯彻', 'minor'),
    await finding(d2, '学习宣传贯彻', 'minor'),
    await finding(added, '党委工作和议事制度', 'minor'),
  ];
  const overdue = await item(d0, f0, '补全2025年党委会议记录', '2020-04-30');
  const accepted = await item(d0, f0, '建立会议纪要审签制度', '2099-06-30');
  const reported = await item(d1, f1, '开展专题学习', '2099-06-30');
  const returned = await item(d2, f2, '制定年度学习计划', '2099-06-30');
  const open = await item(added, f3, '完善党委会议记录', '2099-12-31');
  await report(d0, accepted);
  await report(d1, reported);
  await report(d2, returned);
  await batch.post(200, inspector, d0, `/rectification-items/${accepted}/accept`);
  await batch.post(200, inspector, d2, `/rectification-items/${returned}/return`, {
    reason: '学习计划未列明时间安排，请补充',
  });
  await batch.inspection(d0, 6);
  await batch.inspection(d1, 4);
  await batch.inspection(d2, 5);
  await batch.inspection(added, 3);
  return { batch, drawn, added, items: { overdue, accepted, reported, returned, open } };
}
