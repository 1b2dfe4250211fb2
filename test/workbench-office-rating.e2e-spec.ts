import type { Browser, Page } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { tokenFor } from './support/auth';
import { fitsTheScreen, startDashboard } from './support/dashboard-browser';
import { as, ratingPath } from './support/star-rating';
import {
  invitedPerson,
  keep,
  openWorkbench,
  seriousViolations,
  signInAs,
  type Person,
  type Screen,
} from './support/workbench';

jest.setTimeout(180000);

const FLOW = 'office-rating';
const THRESHOLDS = [10, 20, 30, 40, 50, 60, 70, 80];

describe('the office’s star-rating pages in a browser (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let client: ApiClient;
  let office: Person;
  let reviewer: string;

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-office-rating'));
    client = new ApiClient(api.url);
    office = await invitedPerson(api.url, '办公室主任', { role: 'admin' });
    const member = await client.member('钱委员');
    reviewer = await tokenFor({ sub: 'reviewer-qian', role: 'liaison', memberId: member });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  /** A screenshot of the page as it stands, no serious accessibility violation, no sideways scroll. */
  async function check(page: Page, step: string, screen: Screen) {
    await keep(page, FLOW, step, screen);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsTheScreen(page)).toBe(true);
  }

  /** Two societies, each self-assessing through its own secretary's token. */
  async function selfAssessed(roundId: string, screen: Screen) {
    const societies: Record<string, string> = {};
    for (const [name, points] of [
      [`天津市物理学会（${screen}）`, [50, 30]],
      [`天津市化学会（${screen}）`, [40, 20]],
    ] as const) {
      const societyId = await client.society(name);
      const secretary = await tokenFor({
        sub: `secretary-${societyId}`,
        role: 'society',
        societyId,
      });
      await client.expect(
        200,
        'POST',
        `${ratingPath(roundId, societyId)}/self-assessment`,
        {
          items: [
            { code: 'A1', points: points[0] },
            { code: 'B1', points: points[1] },
          ],
        },
        as(secretary),
      );
      societies[name] = societyId;
    }
    return societies;
  }

  /** A committee member's review of a society: reviewed totals of 75 and 50 points. */
  const review = (roundId: string, societyId: string, a1: number, b1: number) =>
    client.expect(
      200,
      'POST',
      `${ratingPath(roundId, societyId)}/reviews`,
      {
        items: [
          { code: 'A1', points: a1 },
          { code: 'B1', points: b1 },
        ],
        comment: '材料齐全',
      },
      as(reviewer),
    );

  /** The round's next step, confirmed in place. */
  async function step(page: Page, label: string, status: string) {
    await page.getByRole('button', { name: label, exact: true }).click();
    await page
      .getByRole('group')
      .filter({ hasText: `确定要${label}吗？` })
      .waitFor();
    await page.getByRole('button', { name: `确定${label}` }).click();
    await page.locator('dl.record dd', { hasText: status }).waitFor();
  }

  const cell = (page: Page, society: string, column: number) =>
    page
      .locator('tr', { has: page.getByRole('rowheader', { name: society }) })
      .locator('td')
      .nth(column);

  it.each<Screen>(['desktop', 'phone'])(
    'on the %s the office drafts, opens, reviews, decides, publishes, adjusts, withdraws and closes a round',
    async (screen) => {
      const page = await openWorkbench(browser, api.url, screen);
      await signInAs(page, office);
      await page
        .getByRole('navigation', { name: '功能栏目' })
        .getByRole('link', { name: '星级评定管理' })
        .click();
      await page.getByRole('heading', { name: '星级评定管理', level: 1 }).waitFor();
      await check(page, 'rounds', screen);

      // The draft: the second criterion's points are refused at that row's input.
      await page.getByRole('link', { name: '新建评定' }).click();
      await page.getByRole('heading', { name: '新建评定', level: 1 }).waitFor();
      const title = `2026年度星级评定（${screen}）`;
      await page.getByLabel('评定年度').fill('2026');
      await page.getByLabel('批次名称').fill(title);
      const criterion = async (index: number, values: string[]) => {
        const row = page.getByRole('group', { name: `第 ${index + 1} 项` });
        for (const [label, value] of ['编号', '类别', '满分', '评分内容'].map((l, i) => [
          l,
          values[i]!,
        ]))
          await row.getByLabel(label).fill(value);
      };
      await criterion(0, ['A1', '组织建设', '60', '党组织按期换届，委员构成合理']);
      await page.getByRole('button', { name: '添加一项细则' }).click();
      await criterion(1, ['B1', '作用发挥', '0', '团结引领科技工作者']);
      for (const [index, least] of THRESHOLDS.entries())
        await page.locator(`#draft-threshold-${index}`).fill(String(least));
      await page.getByRole('button', { name: '保存草稿' }).click();
      const points = page.locator('#draft-criterion-1-maxPoints');
      await page.locator('#draft-criterion-1-maxPoints-error').waitFor();
      expect(await points.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#draft-criterion-0-maxPoints').getAttribute('aria-invalid')).toBe(
        'false',
      );
      await check(page, 'draft-field-error', screen);
      await points.fill('40');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      const roundId = /ratings\/([0-9a-f-]{36})/.exec(page.url())![1]!;
      await check(page, 'round-draft', screen);

      // Someone else amends the draft meanwhile: the page says so and reloads it.
      await client.expect(200, 'POST', `/star-rating-rounds/${roundId}/amend`, {
        title: `${title}（办公室修订）`,
      });
      await page.locator('#amend-title').fill(`${title}（页面修订）`);
      await page.getByRole('button', { name: '保存修改' }).click();
      await page.getByRole('alert').filter({ hasText: '此记录已被他人修改' }).waitFor();
      await page.getByRole('button', { name: '重新加载最新内容' }).click();
      await page.getByRole('heading', { name: `${title}（办公室修订）`, level: 1 }).waitFor();
      await page.locator('#amend-title').fill(title);
      await page.getByRole('button', { name: '保存修改' }).click();
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();

      await step(page, '开始自评', '自评中');
      const societies = await selfAssessed(roundId, screen);
      const [physics, chemistry] = Object.keys(societies) as [string, string];
      await step(page, '开始初评', '初评中');
      await review(roundId, societies[physics]!, 45, 30);
      await review(roundId, societies[chemistry]!, 30, 20);
      await page.reload();
      await cell(page, chemistry, 2).getByText('50').waitFor();
      expect(await cell(page, physics, 3).textContent()).toBe('7 星');
      await check(page, 'round-review', screen);

      // One society as the thresholds give; the other two stars lower, which takes a reason.
      await page.getByRole('button', { name: `审议：${physics}` }).click();
      expect(await page.getByLabel('审议星级').inputValue()).toBe('7');
      await page.getByRole('button', { name: '确定审议结果' }).click();
      await cell(page, physics, 4).getByText('7 星').waitFor();
      await page.getByRole('button', { name: `审议：${chemistry}` }).click();
      await page.getByLabel('审议星级').selectOption('3');
      await page.getByRole('button', { name: '确定审议结果' }).click();
      const reason = page.locator('#decision-reason');
      await page.locator('#decision-reason-error', { hasText: '须填写理由' }).waitFor();
      expect(await reason.getAttribute('aria-invalid')).toBe('true');
      await check(page, 'decision-reason-error', screen);
      await reason.fill('年度检查发现党组织未按期换届，经党委审议降为三星');
      await page.getByRole('button', { name: '确定审议结果' }).click();
      await cell(page, chemistry, 4).getByText('3 星').waitFor();

      await step(page, '公布评定结果', '已公布');
      await cell(page, physics, 5).getByText('7 星').waitFor();
      expect(await cell(page, chemistry, 5).textContent()).toContain('3 星');
      await check(page, 'round-published', screen);

      // After publication: the chemistry society's stars adjusted, with a reason, from a day on.
      await page.getByRole('button', { name: `变更星级：${chemistry}` }).click();
      await page.getByLabel('变更方式').selectOption('adjustment');
      await page.getByLabel('调整后星级').selectOption('4');
      await page.getByLabel('变更理由').fill('整改到位，经党委审议恢复为四星');
      await page.getByRole('button', { name: '确定变更' }).click();
      await cell(page, chemistry, 5).getByText('（变更 1 次）').waitFor();
      expect(await cell(page, chemistry, 5).textContent()).toContain('4 星');
      await check(page, 'round-adjusted', screen);

      // The physics society's stars withdrawn, then the round closed: changes stay possible.
      await page.getByRole('button', { name: `变更星级：${physics}` }).click();
      await page.getByLabel('变更方式').selectOption('withdrawal');
      expect(await page.getByLabel('调整后星级').count()).toBe(0);
      await page.getByLabel('变更理由').fill('年度检查发现党组织未按期换届');
      await page.getByRole('button', { name: '确定变更' }).click();
      await cell(page, physics, 5).getByText('（变更 1 次）').waitFor();
      expect(await cell(page, physics, 5).textContent()).toContain('0 星');
      await step(page, '结束评定', '已结束');
      await page.getByRole('button', { name: `变更星级：${physics}` }).waitFor();

      // The list, by status, shows the round as closed.
      await page.getByRole('link', { name: '← 返回星级评定列表' }).click();
      await page.getByLabel('按状态查看').selectOption('closed');
      await page.getByRole('link', { name: title }).waitFor();
      await check(page, 'rounds-closed', screen);
      await page.close();
    },
  );
});
