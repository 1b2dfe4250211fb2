import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { fitsTheScreen, startDashboard } from './support/dashboard-browser';
import { call, eventually, until } from './support/http';
import {
  invitedPerson,
  keep,
  openWorkbench,
  seriousViolations,
  signInAs,
  type Person,
  type Screen,
} from './support/workbench';
import { TODAY } from './support/yearly-pages';

jest.setTimeout(180000);

const TABLE = join(__dirname, 'fixtures', 'workbench', 'arrangement-one-refused-row.csv');
const FLOW = 'office';

/** The id of the record of that name in a register (`/societies` or `/members`), once listed. */
async function named(base: string, register: string, name: string): Promise<string> {
  const listed = await until(
    () => call(base, 'GET', `${register}?limit=200`),
    (answer) => (answer.body.items as { name: string }[]).some((row) => row.name === name),
    15000,
    `${name} in ${register}`,
  );
  return (listed.body.items as { id: string; name: string }[]).find((row) => row.name === name)!.id;
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
      await page
        .getByText('王建国目前联系 2 个学会，少于每位委员联系 8–10 个学会的要求。')
        .waitFor();
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
      const physics = await named(api.url, '/societies', '天津市物理学会');
      const liHong = await named(api.url, '/members', '李红');
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
      // The signed-in office downloads the report with its session, as the link does.
      const download = await page.evaluate(
        `fetch('/campaigns/${campaignId}/report?format=xlsx').then((r) => [r.status, r.headers.get('content-type')])`,
      );
      expect(download).toEqual([200, expect.stringContaining('spreadsheetml')]);
      await page.close();
    },
  );

  /** A member registered through the API, once the register lists them. */
  async function member(name: string): Promise<string> {
    await call(api.url, 'POST', '/members', { name, position: 'member' });
    return named(api.url, '/members', name);
  }

  /** The office signed in on `screen`, on one of its sections. */
  async function officePage(screen: Screen, section: string): Promise<Page> {
    const page = await openWorkbench(browser, api.url, screen);
    await signInAs(page, office);
    await go(page, section);
    return page;
  }

  it.each<Screen>(['desktop', 'phone'])(
    'on the %s a change someone else made meanwhile is said plainly, and the record reloads',
    async (screen) => {
      const name = `钱委员${screen === 'desktop' ? '甲' : '乙'}`;
      const memberId = await member(name);
      const page = await officePage(screen, '委员名册');
      await page.getByRole('button', { name }).click();
      // The form is open once the member is read, with the version it will send.
      await page.getByRole('heading', { name: `变更职务或离任：${name}` }).waitFor();

      // Someone else changes the position while the form is open.
      await call(api.url, 'POST', `/members/${memberId}/role`, { position: 'deputy-secretary' });
      await until(
        () => call(api.url, 'GET', `/members/${memberId}`),
        (answer) => answer.body.version === 2,
      );
      await page.getByLabel('新职务').selectOption('secretary');
      await page.getByRole('button', { name: '变更职务', exact: true }).click();
      await page.getByRole('alert').getByText('此记录已被他人修改').waitFor();
      await check(page, 'stale', screen);

      await page.getByRole('button', { name: '重新加载最新内容' }).click();
      await until(
        () => page.getByLabel('新职务').inputValue(),
        (position) => position === 'deputy-secretary',
      );
      await page.getByLabel('新职务').selectOption('secretary');
      await page.getByRole('button', { name: '变更职务', exact: true }).click();
      await page.getByText('已变更职务。').waitFor();
      await page.getByRole('row', { name: new RegExp(`${name}\\s+书记`) }).waitFor();
      await page.close();
    },
  );

  it.each<Screen>(['desktop', 'phone'])(
    'on the %s the office re-sends a link, changes and withdraws a role, disables and enables an account',
    async (screen) => {
      const name = `孙委员${screen === 'desktop' ? '甲' : '乙'}`;
      const memberId = await member(name);
      const invite = { login: `sun.${screen}`, displayName: name, role: 'liaison', memberId };
      const invited = await call(api.url, 'POST', '/accounts', invite);
      await until(
        () => call(api.url, 'GET', '/accounts?limit=100'),
        (answer) => (answer.body.items as { id: string }[]).some((a) => a.id === invited.body.id),
      );
      const page = await officePage(screen, '账号管理');
      await page.getByRole('button', { name: new RegExp(`^管理\\s*：${name}$`) }).click();
      const manage = page.getByRole('region', { name: `管理账号：${name}（sun.${screen}）` });
      const row = page.getByRole('row', { name: new RegExp(`^${name} sun`) });

      await manage.getByRole('button', { name: '重新发送邀请链接' }).click();
      const link = manage.getByRole('textbox', { name: '邀请链接' });
      await link.waitFor();
      expect(await link.inputValue()).not.toContain(invited.body.invitation.token);

      await manage.getByLabel('角色').selectOption('auditor');
      await manage.getByRole('button', { name: '保存角色' }).click();
      await row.getByRole('cell', { name: '审计', exact: true }).waitFor();
      await manage.getByRole('button', { name: '撤销角色' }).click();
      await row.getByRole('cell', { name: '无', exact: true }).waitFor();

      await manage.getByLabel('停用原因').fill('离任');
      await manage.getByRole('button', { name: '停用账号' }).click();
      await row.getByRole('cell', { name: '已停用', exact: true }).waitFor();
      await check(page, 'account-disabled', screen);
      await manage.getByRole('button', { name: '启用账号' }).click();
      await manage.getByText('已启用账号。').waitFor();
      await page.close();
    },
  );

  it.each<Screen>(['desktop', 'phone'])(
    'on the %s the office records a society’s party organisation, sends and recalls an instructor, and sees its coverage change',
    async (screen) => {
      const name = `天津市党建测试学会${screen === 'desktop' ? '甲' : '乙'}`;
      await call(api.url, 'POST', '/societies', { id: randomUUID(), name, kind: 'society' });
      const societyId = await named(api.url, '/societies', name);
      const page = await officePage(screen, '学会名册');
      await page.getByRole('link', { name: new RegExp(`^党组织与指导员\\s*：${name}$`) }).click();
      await page.getByRole('heading', { name: `${name}：党组织与党建指导员` }).waitFor();
      const coverage = page.locator('[data-coverage]');
      await coverage.getByText('今天尚未实现组织覆盖。').waitFor();
      await check(page, 'party-none', screen);

      // A branch with party groups at the secretariat: the society is covered there.
      await page.getByLabel('所在位置').selectOption('secretariat');
      await page.getByLabel('党组织形式').selectOption('branch');
      await page.getByLabel('书记（选填）').fill('王芳');
      await page.getByLabel('党员人数（选填）').fill('12');
      await page.getByLabel('成立日期（选填）').fill('2019-07-01');
      await page.getByLabel('设党小组（须召开党小组会）').check();
      await page.getByRole('button', { name: '记录党组织' }).click();
      await page.getByText('已记录办事机构党组织。').waitFor();
      const secretariat = page.locator('[data-seat="secretariat"] dd');
      expect(await secretariat.textContent()).toContain('党支部，设党小组');
      expect(await secretariat.textContent()).toContain('书记：王芳 · 党员 12 人');
      expect(await page.locator('[data-seat="council"] dd').textContent()).toBe('未建立');
      await coverage.getByText('今天已实现组织覆盖：办事机构党组织').waitFor();

      // An instructor sent today covers the society that way too.
      await page.getByLabel('党建指导员姓名').fill('刘洋');
      await page.getByLabel('派驻日期').fill(TODAY);
      await page.getByRole('button', { name: '派驻党建指导员' }).click();
      await page.getByText('已派驻党建指导员刘洋。').waitFor();
      await page.locator('[data-instructor] dd').getByText(`刘洋，${TODAY} 派驻`).waitFor();
      await coverage.getByText('今天已实现组织覆盖：办事机构党组织、党建指导员在任').waitFor();
      await check(page, 'party-instructor', screen);

      // A recall dated before the instructor was sent is refused at the date.
      const yesterday = new Date(Date.parse(`${TODAY}T00:00:00Z`) - 86400000)
        .toISOString()
        .slice(0, 10);
      await page.getByLabel('召回日期').fill(yesterday);
      await page.getByLabel('召回原因').fill('学会党委已成立，指导员任务完成');
      await page.getByRole('button', { name: '召回党建指导员' }).click();
      expect(await page.locator('#recall-on-error').textContent()).toBe('召回日期不能早于派驻日期');
      expect(await page.locator('#recall-on').getAttribute('aria-invalid')).toBe('true');
      await check(page, 'party-recall-refused', screen);

      // Recalled today: no longer in post, and no longer a way the society is covered.
      await page.getByLabel('召回日期').fill(TODAY);
      await page.getByRole('button', { name: '召回党建指导员' }).click();
      await page.getByText('已召回党建指导员刘洋。').waitFor();
      expect(await page.locator('[data-instructor] dd').textContent()).toBe('无');
      await coverage.getByText('今天已实现组织覆盖：办事机构党组织', { exact: true }).waitFor();
      await page.getByRole('heading', { name: '派驻党建指导员' }).waitFor();
      await check(page, 'party-recalled', screen);
      // The form starts from what a seat holds, so that a new record keeps what is unchanged.
      await page.getByLabel('所在位置').selectOption('council');
      expect(await page.getByLabel('书记（选填）').inputValue()).toBe('');
      await page.getByLabel('所在位置').selectOption('secretariat');
      expect(await page.getByLabel('书记（选填）').inputValue()).toBe('王芳');
      expect(await page.getByLabel('党员人数（选填）').inputValue()).toBe('12');
      expect(await page.getByLabel('党组织形式').inputValue()).toBe('branch');
      const society = await call(api.url, 'GET', `/societies/${societyId}`);
      expect(society.body).toMatchObject({
        instructor: null,
        organisations: {
          council: null,
          secretariat: { form: 'branch', secretary: '王芳', memberCount: 12, groups: true },
        },
      });
      await page.close();
    },
  );
});
