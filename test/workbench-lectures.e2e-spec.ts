import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { fitsTheScreen, startDashboard } from './support/dashboard-browser';
import {
  invitedPerson,
  keep,
  openWorkbench,
  seriousViolations,
  signInAs,
  type Screen,
} from './support/workbench';

jest.setTimeout(180000);

const TOPIC = '学习贯彻党的二十届三中全会精神';
const EVIDENCE = join(__dirname, 'fixtures', 'evidence');
const REASON = '请补充签到表照片，并写明其他听众的单位';

/** An <img> in the page, as far as the suite reads it (the suite compiles without the DOM's types). */
interface Decodable {
  decode(): Promise<void>;
  readonly naturalWidth: number;
}

/** A date `days` from today in the federation's zone. */
function dayFrom(days: number): string {
  const day = new Date(Date.now() + days * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(day);
}

describe('the lecture pages of the liaison and the society in a browser (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let client: ApiClient;
  let campaignId: string;

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-lectures'));
    client = new ApiClient(api.url);
    campaignId = await client.campaign('2026年科技社团“党建强会”宣讲', {
      startsOn: dayFrom(-30),
      endsOn: dayFrom(90),
      lecturesPerSociety: 1,
      serviceTasksPerSociety: 2,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  /** A screenshot kept for CI, no serious accessibility violation, and no sideways scroll. */
  async function look(page: Page, step: string, screen: Screen) {
    await keep(page, 'lectures', step, screen);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsTheScreen(page)).toBe(true);
  }

  /** A society with its liaison and its secretary, each with an account that has signed up. */
  async function societyWithPeople(screen: Screen) {
    const name = screen === 'desktop' ? '中国化学会' : '中国物理学会';
    const memberId = await client.member(screen === 'desktop' ? '王建国' : '李红梅');
    const societyId = await client.society(name);
    await client.assign(campaignId, societyId, memberId);
    const liaison = await invitedPerson(api.url, `委员${screen}`, { role: 'liaison', memberId });
    const secretary = await invitedPerson(api.url, `书记${screen}`, { role: 'society', societyId });
    return { name, liaison, secretary };
  }

  const societyCard = (page: Page, name: string) =>
    page.locator('[data-society]').filter({ has: page.getByRole('heading', { name }) });

  for (const screen of ['desktop', 'phone'] as const) {
    it(`a liaison schedules and records a lecture, the society returns it, the liaison revises and the society confirms it (${screen})`, async () => {
      const { name, liaison, secretary } = await societyWithPeople(screen);

      const mine = await openWorkbench(browser, api.url, screen);
      await signInAs(mine, liaison);
      await mine
        .getByRole('link', { name: /我联系的学会/ })
        .first()
        .click();
      const card = societyCard(mine, name);
      await expect(card.locator('[data-lacks]').textContent()).resolves.toBe(
        '尚缺宣讲 1 场、办实事 2 件',
      );
      expect(mine.url()).toContain(`campaign=${campaignId}`);
      await look(mine, 'societies-before', screen);

      await card.getByRole('link', { name: '安排宣讲' }).click();
      await mine.getByRole('heading', { name: '安排宣讲' }).waitFor();
      // The society the liaison came from is chosen once the list of their societies is there.
      await mine.getByRole('option', { name }).waitFor({ state: 'attached' });
      await expect(mine.getByLabel('学会', { exact: true }).inputValue()).resolves.not.toBe('');
      await mine.getByRole('button', { name: '安排宣讲' }).click();
      await expect(mine.locator('#topic-error').textContent()).resolves.toBe('此项必填');
      await expect(mine.locator('#scheduledAt-error').textContent()).resolves.toContain('有效');
      await expect(
        mine.getByLabel('宣讲主题', { exact: true }).getAttribute('aria-invalid'),
      ).resolves.toBe('true');
      await look(mine, 'schedule-errors', screen);
      await mine.getByLabel('宣讲主题', { exact: true }).fill(TOPIC);
      await mine.getByLabel('宣讲时间', { exact: true }).fill(`${dayFrom(-1)}T09:30`);
      await mine.getByLabel('宣讲形式', { exact: true }).selectOption({ label: '线上线下结合' });
      await mine.getByLabel('地点（选填）', { exact: true }).fill('学会302会议室');
      await mine.getByRole('button', { name: '安排宣讲' }).click();
      await mine.getByRole('heading', { name: TOPIC }).waitFor();
      await expect(mine.locator('[data-status]').textContent()).resolves.toBe('待宣讲');
      await mine.getByText(`${dayFrom(-1)} 09:30`).waitFor();
      await look(mine, 'lecture-scheduled', screen);

      // A photo kept, a sign-in sheet chosen by mistake and removed, a file that is no photo refused.
      const evidence = mine.locator('#evidence');
      await evidence.setInputFiles(join(EVIDENCE, '宣讲现场.jpg'));
      await mine.locator('[data-evidence]').filter({ hasText: '宣讲现场.jpg' }).waitFor();
      await evidence.setInputFiles(join(EVIDENCE, '签到表.png'));
      await evidence.setInputFiles(join(EVIDENCE, 'not-a-photo.jpg'));
      await mine
        .locator('[data-upload]')
        .filter({ hasText: 'not-a-photo.jpg' })
        .filter({ hasText: '上传失败：只能上传照片（JPEG、PNG、HEIC）或 PDF 文件。' })
        .waitFor();
      await mine.locator('[data-evidence]').filter({ hasText: '签到表.png' }).waitFor();
      await look(mine, 'delivery-uploads', screen);
      await mine.getByRole('button', { name: '移除 签到表.png' }).click();
      await mine.getByRole('button', { name: '移除 not-a-photo.jpg' }).click();
      await expect(mine.locator('[data-evidence], [data-upload]').count()).resolves.toBe(1);
      await mine.getByLabel('党员听众（人）', { exact: true }).fill('-3');
      await mine.getByLabel('其他听众（人）', { exact: true }).fill('30');
      await mine
        .getByLabel('宣讲情况', { exact: true })
        .fill('围绕全会精神开展专题宣讲，科技工作者线上线下参加。');
      await mine.getByRole('button', { name: '提交宣讲记录' }).click();
      await expect(mine.locator('#partyMemberAudience-error').textContent()).resolves.toBe(
        '数值太小',
      );
      await look(mine, 'delivery-errors', screen);
      await mine.getByLabel('党员听众（人）', { exact: true }).fill('12');
      await mine.getByRole('button', { name: '提交宣讲记录' }).click();
      await mine.getByText('宣讲记录已提交，等待学会党组织确认。').waitFor();
      await expect(mine.locator('[data-status]').textContent()).resolves.toBe('待确认');
      await expect(mine.locator('[data-evidence-list] img').getAttribute('alt')).resolves.toBe(
        '宣讲现场.jpg',
      );
      await look(mine, 'lecture-delivered', screen);

      const theirs = await openWorkbench(browser, api.url, screen);
      await signInAs(theirs, secretary);
      await theirs
        .getByRole('link', { name: /宣讲确认/ })
        .first()
        .click();
      await theirs.getByText('有 1 场宣讲等待您确认。').waitFor();
      await look(theirs, 'society-list', screen);
      await theirs.getByRole('link', { name: TOPIC }).click();
      await theirs.getByRole('heading', { name: '确认宣讲记录' }).waitFor();
      await expect(
        theirs.locator('[data-figure="partyMemberAudience"]').textContent(),
      ).resolves.toBe('12 人');
      const photo = theirs.locator('[data-evidence-list] img');
      await photo.waitFor();
      await expect(
        photo.evaluate((img: Decodable) => img.decode().then(() => img.naturalWidth)),
      ).resolves.toBeGreaterThan(0);
      // The society's other tab (a session of its own), open since before the record was
      // returned and revised.
      const staleTab = await openWorkbench(browser, api.url, screen);
      await signInAs(staleTab, secretary);
      await staleTab.goto(theirs.url());
      await staleTab.getByRole('heading', { name: '确认宣讲记录' }).waitFor();
      await look(theirs, 'society-record', screen);

      await theirs.getByRole('button', { name: '退回', exact: true }).click();
      await expect(theirs.locator('#reason-error').textContent()).resolves.toBe('此项必填');
      await theirs.getByLabel('退回原因', { exact: true }).fill(REASON);
      await theirs.getByRole('button', { name: '退回', exact: true }).click();
      await theirs.getByText('已退回联系委员补充。').waitFor();
      await look(theirs, 'society-returned', screen);

      await mine.reload();
      await expect(mine.locator('[data-returned-for]').textContent()).resolves.toBe(REASON);
      await expect(mine.locator('[data-status]').textContent()).resolves.toBe('已退回补充');
      await expect(mine.getByLabel('党员听众（人）', { exact: true }).inputValue()).resolves.toBe(
        '12',
      );
      await expect(mine.getByLabel('宣讲情况', { exact: true }).inputValue()).resolves.toContain(
        '专题宣讲',
      );
      await expect(mine.locator('[data-evidence]').textContent()).resolves.toContain(
        '宣讲现场.jpg',
      );
      await look(mine, 'lecture-returned', screen);
      await mine.getByLabel('其他听众（人）', { exact: true }).fill('45');
      await mine.getByRole('button', { name: '提交修改后的记录' }).click();
      await mine.getByText('修改后的记录已提交，等待学会党组织确认。').waitFor();
      await expect(mine.locator('[data-returned-for]').count()).resolves.toBe(0);

      await staleTab.getByRole('button', { name: '确认', exact: true }).click();
      await staleTab.locator('[data-stale]').waitFor();
      await expect(staleTab.locator('[data-stale]').textContent()).resolves.toContain(
        '此记录已被他人修改',
      );
      await look(staleTab, 'society-stale', screen);
      await staleTab.getByRole('button', { name: '重新加载最新内容' }).click();
      await staleTab.locator('[data-stale]').waitFor({ state: 'detached' });
      await expect(staleTab.locator('[data-figure="otherAudience"]').textContent()).resolves.toBe(
        '45 人',
      );
      await staleTab.getByRole('button', { name: '确认', exact: true }).click();
      await staleTab.getByText('已确认此宣讲记录。').waitFor();
      await expect(staleTab.locator('[data-status]').textContent()).resolves.toBe('已确认');
      await look(staleTab, 'society-confirmed', screen);

      await mine.getByRole('link', { name: '返回我联系的学会' }).click();
      const after = societyCard(mine, name);
      await expect(after.locator('[data-figure="confirmed"]').textContent()).resolves.toBe('1');
      await expect(after.locator('[data-lacks]').textContent()).resolves.toBe('尚缺办实事 2 件');
      await expect(after.locator('.item-list .badge').textContent()).resolves.toBe('已确认');
      await look(mine, 'societies-after', screen);
      await Promise.all([mine, theirs, staleTab].map((page) => page.context().close()));
    });
  }
});
