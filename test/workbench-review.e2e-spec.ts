import type { Browser, Page } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { startDashboard } from './support/dashboard-browser';
import { until } from './support/http';
import { draftRound, ratingPath, sheet } from './support/star-rating';
import {
  invitedPerson,
  openWorkbench,
  signInAs,
  type Person,
  type Screen,
} from './support/workbench';
import { looked as lookedAt, section, TODAY, YEAR } from './support/yearly-pages';

jest.setTimeout(120000);

const SCREENS = ['desktop', 'phone'] as const;
const ROUND_TITLE = `${YEAR}年度星级学会党组织评定`;
/** What each society assessed itself, A1 to D1 (of 20, 30, 30 and 20). */
const SELF = [15, 24, 22, 16];
const TOPICS = { moved: '学习贯彻党的二十大精神', cancelled: '科技工作者座谈会宣讲' };

/** A day `days` from today in the federation's zone. */
function dayFrom(days: number): string {
  const day = new Date(`${TODAY}T12:00:00+08:00`).getTime() + days * 86400000;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(day);
}

interface ReviewCast {
  reviewer: Person;
  memberId: string;
  name: string;
  societyId: string;
  ownName: string;
  /** A society the reviewer liaises with in the launched campaign: they may not review it. */
  ownSocietyId: string;
}

interface LectureCast {
  liaison: Person;
  secretary: Person;
  name: string;
  moved: string;
  cancelled: string;
}

describe('the committee member’s reviews and a lecture’s reschedule and cancel in a browser (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let client: ApiClient;
  let roundId: string;
  let otherReviewer: string;
  const reviews = new Map<Screen, ReviewCast>();
  const lectures = new Map<Screen, LectureCast>();

  const looked = (page: Page, step: string, screen: Screen) =>
    lookedAt(page, 'review', step, screen);

  async function reviewCast(campaignId: string, screen: Screen): Promise<ReviewCast> {
    const [name, ownName] =
      screen === 'desktop' ? ['中国地理学会', '中国测绘学会'] : ['中国气象学会', '中国海洋学会'];
    const memberId = await client.member(screen === 'desktop' ? '周评审' : '吴评审');
    const societyId = await client.society(name);
    const ownSocietyId = await client.society(ownName);
    await client.assign(campaignId, ownSocietyId, memberId);
    for (const id of [societyId, ownSocietyId])
      await client.expect(200, 'POST', `${ratingPath(roundId, id)}/self-assessment`, {
        items: sheet(SELF),
      });
    const reviewer = await invitedPerson(api.url, `评审${screen}`, { role: 'liaison', memberId });
    return { reviewer, memberId, name, societyId, ownName, ownSocietyId };
  }

  async function lectureCast(campaignId: string, screen: Screen): Promise<LectureCast> {
    const name = screen === 'desktop' ? '中国水利学会' : '中国林学会';
    const memberId = await client.member(screen === 'desktop' ? '郑联络' : '冯联络');
    const societyId = await client.society(name);
    await client.assign(campaignId, societyId, memberId);
    return {
      liaison: await invitedPerson(api.url, `联系委员${screen}`, { role: 'liaison', memberId }),
      secretary: await invitedPerson(api.url, `书记${screen}`, { role: 'society', societyId }),
      name,
      moved: await client.lecture(campaignId, societyId, memberId, TOPICS.moved),
      cancelled: await client.lecture(campaignId, societyId, memberId, TOPICS.cancelled),
    };
  }

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-review'));
    client = new ApiClient(api.url);
    const campaignId = await client.campaign(`${YEAR}年联系学会`, {
      startsOn: dayFrom(-30),
      endsOn: dayFrom(90),
      lecturesPerSociety: 1,
      serviceTasksPerSociety: 1,
    });
    roundId = await draftRound(client, YEAR, ROUND_TITLE);
    await client.expect(200, 'POST', `/star-rating-rounds/${roundId}/open`);
    otherReviewer = await client.member('陈委员');
    for (const screen of SCREENS) {
      reviews.set(screen, await reviewCast(campaignId, screen));
      lectures.set(screen, await lectureCast(campaignId, screen));
    }
    await client.expect(200, 'POST', `/star-rating-rounds/${roundId}/start-review`);
    // The member status view lists the reviews to do once the projector has caught up.
    for (const { memberId, societyId } of reviews.values())
      await until(
        async () => (await client.expect(200, 'GET', `/members/${memberId}/status`)).body,
        (status) => status.reviews.rounds[0]?.societyIds.includes(societyId),
        15000,
        'the review to do',
      );
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  const score = (page: Page, index: number) => page.locator(`#score-${index}`);
  async function fillScores(page: Page, points: readonly (number | '')[]) {
    for (const [index, value] of points.entries()) await score(page, index).fill(String(value));
  }
  const submitReview = (page: Page) => page.getByRole('button', { name: /提交初评/ }).click();

  for (const screen of SCREENS) {
    it(`a committee member reviews a society's self-assessment, sees errors at each item, resubmits after another's change, and is kept from their own society (${screen})`, async () => {
      const { reviewer, memberId, name, societyId, ownName, ownSocietyId } = reviews.get(screen)!;
      const page = await openWorkbench(browser, api.url, screen);
      await signInAs(page, reviewer);
      await section(page, '待评审');
      await page.getByRole('heading', { name: ROUND_TITLE }).waitFor();
      const rowOf = (society: string) =>
        page
          .locator('[data-review-row]')
          .filter({ has: page.getByRole('link', { name: society, exact: true }) });
      const row = rowOf(name);
      await expect(row.locator('[data-mine]').textContent()).resolves.toContain('待初评');
      await expect(row.textContent()).resolves.toContain('自评 77 分');
      // Their own society is left out of the list: the conflict of interest.
      await expect(rowOf(ownName).count()).resolves.toBe(0);
      await looked(page, 'list-to-do', screen);

      await row.getByRole('link', { name }).click();
      await page.getByRole('heading', { name: `${name}：初评` }).waitFor();
      await expect(page.locator('#score-0-hint').textContent()).resolves.toBe(
        '满分 20 分 · 学会自评 15 分',
      );
      await fillScores(page, [25, '', 20, 14]);
      await expect(page.locator('[data-figure="total"]').textContent()).resolves.toBe('59');
      await submitReview(page);
      await expect(page.locator('#score-1-error').textContent()).resolves.toContain(
        '本项 0 到 30 分',
      );
      await score(page, 1).fill('22');
      await submitReview(page);
      await expect(page.locator('#score-0-error').textContent()).resolves.toBe(
        '数值超出允许范围（本项 0 到 20 分，填整数）',
      );
      await expect(score(page, 0).getAttribute('aria-invalid')).resolves.toBe('true');
      await looked(page, 'form-errors', screen);
      await score(page, 0).fill('16');
      await page.getByLabel('初评意见（选填）').fill('组织建设扎实，作用发挥有待加强');
      await expect(page.locator('[data-figure="total"]').textContent()).resolves.toBe('72');
      await submitReview(page);
      await page.getByRole('status').filter({ hasText: '已提交初评，合计 72 分' }).waitFor();
      await page.getByText('您已初评（72 分），再次提交将替换').waitFor();
      await looked(page, 'form-done', screen);

      // Another session changes the rating (the office enters another member's review).
      const other = { items: sheet([10, 20, 20, 10]), reviewerId: otherReviewer };
      await client.expect(200, 'POST', `${ratingPath(roundId, societyId)}/reviews`, other);
      await score(page, 3).fill('18');
      await submitReview(page);
      await page.locator('[data-stale]').waitFor();
      await looked(page, 'form-stale', screen);
      await page.getByRole('button', { name: '重新加载最新内容' }).click();
      await page.locator('[data-stale]').waitFor({ state: 'detached' });
      await expect(score(page, 3).inputValue()).resolves.toBe('14');
      await score(page, 3).fill('18');
      await submitReview(page);
      await page.getByRole('status').filter({ hasText: '已提交初评，合计 76 分' }).waitFor();
      const rating = (await client.expect(200, 'GET', ratingPath(roundId, societyId))).body;
      expect(rating.reviews.map((r: any) => [r.reviewerId, r.total])).toEqual([
        [otherReviewer, 60],
        [memberId, 76],
      ]);

      await page.getByRole('link', { name: '← 返回待评审' }).click();
      await expect(row.locator('[data-mine]').textContent()).resolves.toContain('已初评');
      await looked(page, 'list-done', screen);

      await page.goto(`${api.url}/app/#/liaison/reviews/${roundId}/${ownSocietyId}`);
      await page.getByRole('heading', { name: `${ownName}：初评` }).waitFor();
      await fillScores(page, [10, 10, 10, 10]);
      await submitReview(page);
      await page.getByRole('alert').filter({ hasText: '按回避规定不能对该学会初评' }).waitFor();
      await looked(page, 'form-conflict', screen);
      await page.close();
    });
  }

  for (const screen of SCREENS) {
    it(`a liaison reschedules one lecture and cancels another after another session changed it, and both lists show it (${screen})`, async () => {
      const { liaison, secretary, name, cancelled } = lectures.get(screen)!;
      const newTime = `${dayFrom(7)} 14:00`;
      const page = await openWorkbench(browser, api.url, screen);
      await signInAs(page, liaison);
      await section(page, '我联系的学会');
      await page.getByRole('link', { name: TOPICS.moved }).click();
      await page.getByRole('heading', { name: TOPICS.moved }).waitFor();
      await page.locator('summary', { hasText: '改期' }).click();
      await page.getByLabel('新的宣讲时间').fill('');
      await page.getByRole('button', { name: '确认改期' }).click();
      await expect(page.locator('#newScheduledAt-error').textContent()).resolves.toContain('有效');
      await looked(page, 'reschedule-error', screen);
      await page.getByLabel('新的宣讲时间').fill(newTime.replace(' ', 'T'));
      await page.getByLabel('改期原因（选填）').fill('与学会年会时间冲突');
      await page.getByRole('button', { name: '确认改期' }).click();
      await page.getByRole('status').filter({ hasText: '已保存。' }).waitFor();
      await page.getByText(newTime).waitFor();
      await page.getByText('1 次').waitFor();
      await looked(page, 'rescheduled', screen);

      await section(page, '我联系的学会');
      await page.getByRole('link', { name: TOPICS.cancelled }).click();
      await page.getByRole('heading', { name: TOPICS.cancelled }).waitFor();
      // Another session moves the lecture while this page still shows the old time.
      const moved = { scheduledAt: `${dayFrom(3)}T10:00:00+08:00`, reason: '会场调整' };
      await client.expect(200, 'POST', `/lectures/${cancelled}/reschedule`, moved);
      await page.locator('summary', { hasText: '取消宣讲' }).click();
      await page.getByLabel('取消原因').fill('主讲人临时出差');
      await page.getByRole('button', { name: '取消此次宣讲' }).click();
      await page.locator('[data-stale]').waitFor();
      await looked(page, 'cancel-stale', screen);
      await page.getByRole('button', { name: '重新加载最新内容' }).click();
      await page.getByText(`${dayFrom(3)} 10:00`).waitFor();
      await expect(page.locator('[data-stale]').count()).resolves.toBe(0);
      await page.locator('summary', { hasText: '取消宣讲' }).click();
      await page.getByRole('button', { name: '取消此次宣讲' }).click();
      await expect(page.locator('#cancelReason-error').textContent()).resolves.toBe('此项必填');
      await page.getByLabel('取消原因').fill('主讲人临时出差');
      await page.getByRole('button', { name: '取消此次宣讲' }).click();
      await page.locator('[data-status]', { hasText: '已取消' }).waitFor();
      await page.getByText('主讲人临时出差').waitFor();
      await looked(page, 'cancelled', screen);

      await section(page, '我联系的学会');
      const card = page.locator('[data-society]').filter({ hasText: name });
      await card.getByRole('link', { name: TOPICS.moved }).waitFor();
      await expect(card.textContent()).resolves.toContain(newTime);
      await expect(card.getByRole('link', { name: TOPICS.cancelled }).count()).resolves.toBe(0);
      await looked(page, 'liaison-list', screen);
      await page.close();

      const theirs = await openWorkbench(browser, api.url, screen);
      await signInAs(theirs, secretary);
      await section(theirs, '宣讲确认');
      const rowOf = (topic: string) => theirs.locator('tbody tr').filter({ hasText: topic });
      await expect(rowOf(TOPICS.moved).textContent()).resolves.toContain(newTime);
      await expect(rowOf(TOPICS.moved).textContent()).resolves.toContain('待宣讲');
      await expect(rowOf(TOPICS.cancelled).textContent()).resolves.toContain('已取消');
      await looked(theirs, 'society-list', screen);
      await theirs.close();
    });
  }
});
