import type { Browser, Page } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { startDashboard } from './support/dashboard-browser';
import {
  invitedPerson,
  openWorkbench,
  signInAs,
  type Person,
  type Screen,
} from './support/workbench';
import { looked as lookedAt, section, YEAR } from './support/yearly-pages';

jest.setTimeout(120000);

const NAMES: Record<Screen, string> = { desktop: '天津市电子学会', phone: '天津市药学会' };

describe('an inspector’s pages of a society’s inspection in a browser (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let client: ApiClient;
  let batchId: string;
  let inspector: Person;
  const societies = new Map<Screen, string>();

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-yearly-inspector'));
    client = new ApiClient(api.url);
    const memberId = await client.member('赵督导', 'member');
    inspector = await invitedPerson(api.url, '赵督导', { role: 'liaison', memberId });
    for (const screen of ['desktop', 'phone'] as const)
      societies.set(screen, await client.society(NAMES[screen]));
    batchId = (
      await client.expect(201, 'POST', '/inspection-batches', {
        title: `${YEAR}年度督导抽查`,
        focus: ['组织生活'],
        population: {},
        inspectorIds: [memberId],
        sampleSize: 2,
      })
    ).body.id;
    await client.expect(200, 'POST', `/inspection-batches/${batchId}/draw`, {});
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  const looked = (page: Page, step: string, screen: Screen) =>
    lookedAt(page, 'yearly-inspector', step, screen);

  /** The society reports its one item done, as its secretary would on its own page. */
  async function societyReports(societyId: string, note: string) {
    const path = `/inspection-batches/${batchId}/societies/${societyId}`;
    const inspection = (await client.expect(200, 'GET', path)).body;
    await client.expect(
      200,
      'POST',
      `${path}/rectification-items/${inspection.items[0].itemId}/report`,
      { note, evidence: await client.evidence() },
    );
  }

  for (const screen of ['desktop', 'phone'] as const) {
    it(`lets an inspector record a visit, a finding and an item, then return and accept the society's report on the ${screen}`, async () => {
      const societyId = societies.get(screen)!;
      const page = await openWorkbench(browser, api.url, screen);
      await signInAs(page, inspector);
      await section(page, '督导检查');
      await page.getByRole('link', { name: NAMES[screen] }).click();
      await page.getByRole('heading', { name: `${NAMES[screen]}：督导情况` }).waitFor();
      await page.getByText('状态：尚未走访').waitFor();
      await looked(page, 'case-new', screen);

      await page.getByRole('button', { name: '记录走访' }).click();
      await page.getByRole('status').filter({ hasText: '已记录走访' }).waitFor();
      await page.getByLabel('问题类别').fill('组织生活');
      await page.getByRole('button', { name: '记录问题' }).click();
      expect(await page.locator('#finding-description-error').textContent()).toBe('此项必填');
      await page.getByLabel('问题描述').fill('党小组会记录不全');
      await page.getByLabel('严重程度').selectOption('major');
      await page.getByRole('button', { name: '记录问题' }).click();
      await page.getByRole('status').filter({ hasText: '已记录发现的问题' }).waitFor();
      await page.getByLabel('整改要求').fill('补全党小组会记录');
      await page.getByLabel('整改期限').fill(`${YEAR + 1}-06-30`);
      await page.getByRole('button', { name: '添加整改事项' }).click();
      await page.getByRole('status').filter({ hasText: '已添加整改事项' }).waitFor();
      await page.getByText('待整改').waitFor();
      await looked(page, 'case-item', screen);

      await societyReports(societyId, '已补全部分记录');
      await page.reload();
      await page.getByText('学会报告：已补全部分记录').waitFor();
      await page.getByRole('button', { name: '退回重新整改' }).click();
      await page.getByText('此项必填').waitFor();
      await page.getByLabel('退回原因').fill('缺少第三季度的记录');
      await page.getByRole('button', { name: '退回重新整改' }).click();
      await page.getByRole('status').filter({ hasText: '已退回' }).waitFor();
      await page.getByText('被退回，需重新整改').waitFor();
      await looked(page, 'case-returned', screen);

      await societyReports(societyId, '已补全第三季度记录');
      await page.reload();
      await page.getByText('学会报告：已补全第三季度记录').waitFor();
      await page.getByRole('button', { name: '确认整改通过' }).click();
      await page.getByRole('status').filter({ hasText: '已确认整改通过' }).waitFor();
      await page.getByText('已通过', { exact: true }).waitFor();
      await looked(page, 'case-accepted', screen);
      await page.close();
    });
  }
});
