import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { fitsTheScreen, startDashboard } from './support/dashboard-browser';
import { call, eventually } from './support/http';
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

const TABLE = join(__dirname, 'fixtures', 'workbench', 'arrangement-one-refused-row.csv');
const FLOW = 'office';

/** The society of that name, as the office's register has it (the import registers them). */
async function societyNamed(base: string, name: string): Promise<string> {
  const answer = await call(base, 'GET', '/societies?limit=200');
  const found = (answer.body.items as { id: string; name: string }[]).find((s) => s.name === name);
  if (!found) throw new Error(`no society named ${name}`);
  return found.id;
}

async function memberNamed(base: string, name: string): Promise<string> {
  const answer = await call(base, 'GET', '/members?limit=200');
  const found = (answer.body.items as { id: string; name: string }[]).find((m) => m.name === name);
  if (!found) throw new Error(`no member named ${name}`);
  return found.id;
}

describe('the office’s workbench pages in a browser (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let office: Person;

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-office'));
    office = await invitedPerson(api.url, '办公室主任', { role: 'admin' });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  /** A screenshot of the page as it stands, and no serious accessibility violation on it. */
  async function check(page: Page, step: string, screen: Screen) {
    await keep(page, FLOW, step, screen);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsTheScreen(page)).toBe(true);
  }

  const go = (page: Page, section: string) =>
    page.getByRole('navigation', { name: '功能栏目' }).getByRole('link', { name: section }).click();

  it.each<Screen>(['desktop', 'phone'])(
    'on the %s the office invites a liaison, runs a campaign, assigns, imports a table and fixes its refused row',
    async (screen) => {
      const page = await openWorkbench(browser, api.url, screen);
      await signInAs(page, office);
      await check(page, 'home', screen);

      // The member register: the liaison-to-be is registered there.
      const liaisonName = `赵委员${screen === 'desktop' ? '甲' : '乙'}`;
      await go(page, '委员名册');
      await page.getByRole('heading', { name: '委员名册' }).waitFor();
      await page.getByLabel('姓名').fill(liaisonName);
      await page.getByRole('button', { name: '登记', exact: true }).click();
      await page.getByRole('cell', { name: liaisonName, exact: true }).waitFor();
      await check(page, 'members', screen);

      // The society register: one society registered on the page.
      const societyName = `天津市测试学会${screen === 'desktop' ? '甲' : '乙'}`;
      await go(page, '学会名册');
      await page.getByLabel('学会名称').fill(societyName);
      await page.getByRole('button', { name: '登记', exact: true }).click();
      await page.getByRole('cell', { name: societyName, exact: true }).waitFor();
      await check(page, 'societies', screen);

      // Accounts: the liaison is invited, and the one-time link is shown to copy.
      await go(page, '账号管理');
      await page.getByLabel('姓名').fill(liaisonName);
      await page.getByLabel('登录用户名').fill(`liaison.${screen}`);
      await page.getByLabel('角色').selectOption('liaison');
      await page.getByLabel('对应的委员').selectOption({ label: liaisonName });
      await page.getByRole('button', { name: '发送邀请' }).click();
      const link = page.getByRole('textbox', { name: '邀请链接' });
      await link.waitFor();
      expect(await link.inputValue()).toMatch(new RegExp(`^${api.url}/app/#/invitation/\\S+$`));
      await page.getByRole('cell', { name: `liaison.${screen}` }).waitFor();
      await check(page, 'accounts', screen);

      // A campaign is drafted, then launched: an end before the start is said at its field.
      await go(page, '工作部署');
      const title = `学习宣讲（${screen}）`;
      await page.getByLabel('标题').fill(title);
      await page.getByRole('button', { name: '保存草稿' }).click();
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      const campaignId = /campaigns\/([0-9a-f-]{36})/.exec(page.url())![1]!;
      await page.getByLabel('开始日期').fill('2026-03-01');
      await page.getByLabel('结束日期').first().fill('2026-02-01');
      await page.getByRole('button', { name: '发布', exact: true }).click();
      const endField = page.locator('.field', { has: page.locator('#launch-ends') });
      await endField.getByText('结束日期不能早于开始日期').waitFor();
      expect(await page.locator('#launch-ends').getAttribute('aria-invalid')).toBe('true');
      await check(page, 'campaign-field-error', screen);
      await page.getByLabel('结束日期').first().fill('2026-12-31');
      await page.getByRole('button', { name: '发布', exact: true }).click();
      await page.getByText('已发布', { exact: true }).waitFor();

      // An amendment once launched takes a reason.
      await page.getByLabel('标题').fill(`${title}（调整）`);
      await page.getByLabel('调整原因').fill('根据要求调整标题');
      await page.getByRole('button', { name: '保存调整' }).click();
      await page.getByRole('heading', { name: `${title}（调整）`, level: 1 }).waitFor();

      // The assignment board: a liaison with one society is warned of the 8-10 target.
      await page.getByLabel('学会', { exact: true }).first().selectOption({ label: societyName });
      await page
        .getByLabel('联系委员')
        .first()
        .selectOption({ label: `${liaisonName}（委员）` });
      await page.getByRole('button', { name: '分配', exact: true }).click();
      await page
        .getByRole('status', { name: '分配提醒' })
        .getByText(`${liaisonName}目前联系 1 个学会，少于每位委员联系 8–10 个学会的要求。`)
        .waitFor();
      await page.getByRole('cell', { name: societyName, exact: true }).waitFor();
      await check(page, 'assignments', screen);

      // The arrangement table: one row refused, with its reason, and fixed on the page.
      await page.locator('#import-file').setInputFiles(TABLE);
      await page.getByRole('button', { name: '上传并导入' }).click();
      await page.getByText('共 3 行，导入 2 行，未导入 1 行').waitFor();
      await page.getByText('【委员职务】第4行：委员职务“主任”无法识别').waitFor();
      await check(page, 'import-report', screen);
      await page.getByRole('button', { name: '修正第 4 行' }).click();
      const fix = page.locator('form.fix');
      await fix.getByLabel('委员姓名').fill('李红');
      await fix.getByLabel('委员职务').selectOption('委员');
      await fix.getByLabel('学会名称').fill('天津市物理学会');
      await check(page, 'import-fix', screen);
      await fix.getByRole('button', { name: '提交修正' }).click();
      await page.getByText('第 4 行已修正并导入。').waitFor();
      await check(page, 'import-fixed', screen);

      // The fix landed: the society of the refused row has its liaison in the campaign.
      const physics = await societyNamed(api.url, '天津市物理学会');
      const liHong = await memberNamed(api.url, '李红');
      await eventually(async () => {
        const campaign = await call(api.url, 'GET', `/campaigns/${campaignId}`);
        expect(campaign.body.assignments).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ societyId: physics, liaisonId: liHong }),
          ]),
        );
      });
      await page.getByRole('cell', { name: '天津市物理学会', exact: true }).waitFor();

      // Closing the campaign ends it; the report links stay.
      await page.getByRole('button', { name: '结束工作部署' }).click();
      await page.getByText('已结束', { exact: true }).waitFor();
      expect(
        await page.getByRole('link', { name: '下载进展报告（Excel）' }).getAttribute('href'),
      ).toBe(`/campaigns/${campaignId}/report?format=xlsx`);
      await check(page, 'campaign-closed', screen);
      await page.close();
    },
  );
});
