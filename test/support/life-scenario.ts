import { randomUUID } from 'node:crypto';
import type { OrganisationalLifeKind as Kind } from '@pb/domain';
import type { ApiClient } from './api-client';
import { inParallel } from './in-parallel';
import { secretaryToken } from './inspection-client';
import {
  ALL_WITHDRAWN,
  ASSIGNED,
  CAMPAIGN,
  CATCHING_UP,
  firstPhaseMeetings,
  INSTRUCTED,
  lateMeetings,
  LECTURES,
  MEETS_TODAY,
  nameOf,
  RECALLED,
  seatsOf,
  SOCIETIES,
  STARS,
  TABLE_2025,
  TODAY_PRESENT,
  WEIGHTS_2025,
  YEAR,
  type Meeting,
  type Planned,
} from './life-plan';
import { as, draftRound, ratingPath, sheet } from './star-rating';

const TOPIC: Record<Kind, string> = {
  'member-assembly': '党员大会：学习贯彻党的二十届四中全会精神',
  'committee-meeting': '支委会：研究部署本月党建工作',
  'group-meeting': '党小组会：交流学习体会',
  'party-lecture': '党课：以科技创新引领新质生产力发展',
  'theme-day': '主题党日：走进科技馆开展科普志愿服务',
};
const fields = ({ kind, heldOn, present, expected }: Meeting) => ({
  kind,
  heldOn,
  topic: TOPIC[kind],
  host: '王芳',
  present,
  expected,
  evidence: [],
});

export interface LifeScenario {
  readonly societies: readonly string[];
  /** A moment between the two phases of writing. */
  readonly between: string;
}

/**
 * Runs the scenario; `settled` waits until the views reflect every command answered so far.
 * First phase: societies, seats, the year's table, instructors, most records, the campaign's
 * lectures and tasks and the stars. Second phase: the year's weights, 80's recall, the
 * corrections and withdrawals of 1, 2, 21, 22, 23 and 48, 13's late records and 70's theme
 * day today.
 */
export async function runLifeScenario(
  client: ApiClient,
  settled: () => Promise<void>,
  parallel = 6,
): Promise<LifeScenario> {
  const post = (path: string, body: unknown, status = 200, headers?: Record<string, string>) =>
    client.expect(status, 'POST', path, body, headers);
  const societies: string[] = new Array(SOCIETIES);
  const labelled = new Map<string, { id: string; meeting: Meeting }>();
  const indexes = [...Array(SOCIETIES).keys()];
  await inParallel(indexes, parallel, async (i) => {
    societies[i] = await client.society(nameOf(i));
    for (const seat of seatsOf(i))
      await post(`/societies/${societies[i]}/party-organisation`, {
        ...seat,
        secretary: `书记${i}`,
        memberCount: 20,
      });
    if (INSTRUCTED.includes(i))
      await post(`/societies/${societies[i]}/instructor`, {
        instructorName: `指导员${i}`,
        since: i === 55 ? '2025-05-01' : '2025-03-01',
      });
  });
  await client.expect(200, 'PUT', `/life-requirements/${YEAR}`, TABLE_2025);
  // A society records, corrects and withdraws its own organisational life.
  const own = async (i: number) => as(await secretaryToken(societies[i]!));
  const record = async (i: number, planned: Planned) => {
    const id = randomUUID();
    const body = { id, ...fields(planned) };
    await post(`/societies/${societies[i]}/organisational-life`, body, 201, await own(i));
    if (planned.label) labelled.set(`${i}:${planned.label}`, { id, meeting: planned });
  };
  const plan = indexes.flatMap((i) => firstPhaseMeetings(i).map((m) => [i, m] as const));
  await inParallel(plan, parallel, ([i, m]) => record(i, m));
  await campaignWork(client, societies);
  await starsOf(client, societies);
  await settled();

  await new Promise((resolve) => setTimeout(resolve, 20));
  const between = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));

  await client.expect(200, 'PUT', `/vitality-weights/${YEAR}`, { weights: WEIGHTS_2025 });
  await post(`/societies/${societies[RECALLED]}/instructor/recall`, {
    on: '2025-09-30',
    reason: '学会党支部筹建工作移交，指导员任务调整',
  });
  const correct = async (i: number, label: string, how: Partial<Meeting>, reason: string) => {
    const { id, meeting } = labelled.get(`${i}:${label}`)!;
    await post(
      `/organisational-life/${id}/correction`,
      { ...fields({ ...meeting, ...how }), reason },
      200,
      await own(i),
    );
  };
  const withdraw = async (i: number, label: string, reason: string) =>
    post(
      `/organisational-life/${labelled.get(`${i}:${label}`)!.id}/withdrawal`,
      { reason },
      200,
      await own(i),
    );
  await correct(1, 'moved', { heldOn: '2025-07-10' }, '召开日期录入错误，应为7月10日');
  await correct(2, 'present', { present: 18 }, '补录签到表，实到人数更正为18人');
  await correct(22, 'kind', { kind: 'party-lecture' }, '会议类型录入错误，应为党课');
  await withdraw(21, 'withdrawn', '误录其他支部的党课');
  await withdraw(23, 'duplicate', '重复录入');
  await withdraw(ALL_WITHDRAWN, 'only', '误录，该月未召开支委会');
  await inParallel(lateMeetings(CATCHING_UP), parallel, (m) => record(CATCHING_UP, m));
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  await record(MEETS_TODAY, {
    kind: 'theme-day',
    heldOn: today,
    present: TODAY_PRESENT,
    expected: 20,
  });
  await settled();
  return { societies, between };
}

/**
 * The campaign (2025, 2 lectures and 1 task a society) with 0, 21, 56 and 90 assigned, the
 * lectures given, 90's second cancelled; tasks accepted (dated today, when recorded): 0's and
 * 56's completed in 2025 (0's evaluated today), 70's open, 71's cancelled.
 */
async function campaignWork(client: ApiClient, societies: readonly string[]) {
  const post = (path: string, body: unknown) => client.expect(200, 'POST', path, body);
  const lecturer = await client.member('张委员');
  const campaign = await client.campaign('2025年科技社团党建宣讲', CAMPAIGN);
  for (const i of ASSIGNED) await client.assign(campaign, societies[i]!, lecturer);
  for (const [i, on] of LECTURES) {
    const lecture = await client.lecture(campaign, societies[i]!, lecturer);
    await post(`/lectures/${lecture}/delivery`, client.delivery(12, 40, on));
  }
  const cancelled = await client.lecture(campaign, societies[90]!, lecturer);
  await post(`/lectures/${cancelled}/cancel`, { reason: '宣讲专家临时出差' });
  const task = async (i: number, inCampaign: boolean) => {
    const id = await client.task(societies[i]!, inCampaign ? campaign : undefined);
    await post(`/service-tasks/${id}/accept`, { dueOn: '2025-12-31', urgency: 'deadline' });
    return `/service-tasks/${id}`;
  };
  const complete = (completedOn: string) => ({ outcome: '已解决', beneficiaries: 30, completedOn });
  const first = await task(0, true);
  await post(`${first}/complete`, complete('2025-11-20'));
  await post(`${first}/evaluation`, { rating: 5, raters: 30 });
  await post(`${await task(56, true)}/complete`, complete('2025-12-05'));
  await task(70, false);
  await post(`${await task(71, false)}/cancel`, { reason: '会员单位需求已由其他渠道解决' });
}

/** One round decides the stars of STARS, published on 20 March 2025; 1's withdrawn from 1 October. */
async function starsOf(client: ApiClient, societies: readonly string[]) {
  const round = await draftRound(client, 2024);
  const post = (path: string, body?: unknown) => client.expect(200, 'POST', path, body);
  const rating = (i: number) => ratingPath(round, societies[i]!);
  await post(`/star-rating-rounds/${round}/open`);
  for (const [i] of STARS)
    await post(`${rating(i)}/self-assessment`, { items: sheet([15, 20, 20, 15]) });
  await post(`/star-rating-rounds/${round}/start-review`);
  for (const [i, stars] of STARS)
    await post(`${rating(i)}/decision`, { stars, reason: '经审议确定' });
  await post(`/star-rating-rounds/${round}/publish`, { publishedOn: '2025-03-20' });
  await post(`${rating(1)}/withdrawal`, {
    reason: '发生严重违纪问题，撤销星级',
    effectiveOn: '2025-10-01',
  });
}
