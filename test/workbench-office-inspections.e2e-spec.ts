import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { startDashboard } from './support/dashboard-browser';
import { invitedPerson, openWorkbench, signInAs, type Person } from './support/workbench';
import { looked, section, YEAR } from './support/yearly-pages';

jest.setTimeout(120000);

const SOCIETIES = ['天津市电子学会', '天津市药学会', '天津市化工学会', '天津市土木工程学会'];
const INSPECTOR = '钱督导';
const FLOW = 'office-inspections';

describe('the office’s pages of inspections and of the yearly tables in a browser (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let client: ApiClient;
  let office: Person;
  let inspectorId: string;
  const societyIds = new Map<string, string>();

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-office-inspections'));
    client = new ApiClient(api.url);
    office = await invitedPerson(api.url, '办公室主任', { role: 'admin' });
    inspectorId = await client.member(INSPECTOR, 'member');
    for (const name of SOCIETIES) societyIds.set(name, await client.society(name));
  });
  afterAll(() => Promise.all([browser?.close(), api?.app.close()]));

  /** What an inspector and the society record of one sampled society, through the API. */
  async function inspected(batchId: string, societyId: string) {
    const path = `/inspection-batches/${batchId}/societies/${societyId}`;
    await client.expect(200, 'POST', `${path}/visit`, {
      visitedOn: '2020-03-10',
      inspectorIds: [inspectorId],
      note: '查阅了党委会议记录',
    });
    const findingId = randomUUID();
    await client.expect(201, 'POST', `${path}/findings`, {
      id: findingId,
      category: '党委工作和议事制度',
      description: '党委会议记录缺少议题和表决情况',
      severity: 'major',
    });
    const item = (action: string, dueOn: string) => ({
      id: randomUUID(),
      findingId,
      action,
      dueOn,
    });
    const [overdue, later] = [
      item('补全会议记录', '2020-04-30'),
      item('建立审签制度', '2099-06-30'),
    ];
    for (const one of [overdue, later])
      await client.expect(201, 'POST', `${path}/rectification-items`, one);
    await client.expect(200, 'POST', `${path}/rectification-items/${later.id}/report`, {
      note: '已印发会议纪要审签制度',
      evidence: await client.evidence(),
    });
  }

  for (const screen of ['desktop', 'phone'] as const) {
    it(`lets the office plan, draw, add, follow and close inspections on the ${screen}`, async () => {
      const title = `${YEAR}年督导抽查（${screen === 'desktop' ? '电脑' : '手机'}）`;
      const page = await openWorkbench(browser, api.url, screen);
      await signInAs(page, office);
      await section(page, '督导抽查');
      await page.getByRole('heading', { name: '督导抽查批次' }).waitFor();

      await page.getByLabel('批次名称').fill(title);
      await page.getByLabel('督导重点（每行一项）').fill('党委工作和议事制度\n学习宣传贯彻');
      await page.getByRole('checkbox', { name: new RegExp(INSPECTOR) }).check();
      await page.getByLabel('抽取数量（家）').fill('0');
      await page.getByRole('button', { name: '保存检查计划' }).click();
      expect(await page.locator('#plan-size-error').textContent()).toBe('数值太小');
      await looked(page, FLOW, 'plan-refused', screen);
      await page.getByLabel('抽取数量（家）').fill('2');
      await page.getByRole('button', { name: '保存检查计划' }).click();

      await page.getByRole('heading', { name: title }).waitFor();
      await page.getByText('待抽取').waitFor();
      await page.getByRole('button', { name: '随机抽取' }).click();
      await page.getByRole('status').filter({ hasText: '已完成随机抽取' }).waitFor();
      const record = page.getByRole('region', { name: '抽取记录' });
      await record.getByText(`${SOCIETIES.length} 家学会`).waitFor();
      expect(await record.locator('.code-text').textContent()).toMatch(/^[0-9a-f]{16}$/);
      const drawn = (await record.locator('ol li').allTextContents()).map((name) => name.trim());
      expect(drawn).toHaveLength(2);
      for (const name of drawn) expect(SOCIETIES).toContain(name);
      const batchId = page.url().split('/inspections/')[1]!.split('?')[0]!;
      await looked(page, FLOW, 'batch-drawn', screen);

      const extra = SOCIETIES.find((name) => !drawn.includes(name))!;
      await page.getByRole('button', { name: '列入抽查名单' }).click();
      await page.locator('#add-society-error').waitFor();
      await page.getByLabel('学会', { exact: true }).selectOption({ label: extra });
      await page.getByLabel('理由').fill('群众来信反映党委会议记录不全');
      await page.getByRole('button', { name: '列入抽查名单' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `已将${extra}列入抽查名单` })
        .waitFor();
      const cases = page.getByRole('region', { name: '抽查学会的督导情况' });
      await cases.getByText('指定抽查：群众来信反映党委会议记录不全').waitFor();

      // An inspector's visit, finding and items, and the society's report, recorded elsewhere.
      await inspected(batchId, societyIds.get(extra)!);
      await client.expect(
        200,
        'POST',
        `/inspection-batches/${batchId}/societies/${societyIds.get(drawn[0]!)}/visit`,
        { visitedOn: '2020-03-12', inspectorIds: [inspectorId] },
      );
      await page.reload();
      await cases.getByText('逾期 1 项').waitFor();
      const card = cases.getByRole('listitem').filter({ hasText: extra }).first();
      await card.getByText('走访、问题和整改事项').click();
      await card.getByText('整改期限：2020-04-30').waitFor();
      await card.getByText('已逾期').waitFor();
      await card.getByText('已报告，待督导组确认').waitFor();
      await looked(page, FLOW, 'batch-cases', screen);

      // Someone else changes the batch meanwhile: closing it says so and offers a reload.
      const other = SOCIETIES.find((name) => !drawn.includes(name) && name !== extra)!;
      await client.expect(200, 'POST', `/inspection-batches/${batchId}/societies`, {
        societyId: societyIds.get(other),
        reason: '年度重点联系学会',
      });
      await page.getByRole('button', { name: '结束本批督导' }).click();
      await page.getByRole('button', { name: '重新加载最新内容' }).click();
      await cases.getByText('指定抽查：年度重点联系学会').waitFor();
      await page.getByRole('button', { name: '结束本批督导' }).click();
      await page.getByRole('alert').filter({ hasText: '还有抽查学会的督导没有结束' }).waitFor();

      await cases.getByRole('link', { name: extra }).click();
      await page.getByRole('heading', { name: `${extra}：督导情况` }).waitFor();
      await page.getByText('督导组：钱督导').waitFor();
      await page.getByText('已逾期').waitFor();
      await page.getByText('已报告，待督导组确认').waitFor();
      await page.getByText('整改期限：2020-04-30').waitFor();
      await looked(page, FLOW, 'case-open', screen);
      await page.getByRole('button', { name: '结束督导' }).click();
      await page.getByRole('alert').filter({ hasText: '暂不能结束督导' }).waitFor();

      await page.goBack();
      await cases.getByRole('link', { name: drawn[0]! }).click();
      await page.getByRole('heading', { name: `${drawn[0]}：督导情况` }).waitFor();
      await page.getByText('督导组尚未记录发现的问题').waitFor();
      await page.getByRole('button', { name: '结束督导' }).click();
      await page.getByRole('status').filter({ hasText: '此学会的督导已结束' }).waitFor();
      await page.getByText('状态：已结束').waitFor();
      await looked(page, FLOW, 'case-closed', screen);
      await page.close();
    });

    it(`lets the office set a year's requirement table and vitality weights on the ${screen}`, async () => {
      const year = screen === 'desktop' ? YEAR : YEAR + 1;
      const page = await openWorkbench(browser, api.url, screen);
      await signInAs(page, office);
      await section(page, '组织生活要求');
      await page.getByRole('heading', { name: '组织生活要求与活力权重' }).waitFor();
      await page.getByLabel('年度').selectOption(String(year));
      await page.getByRole('heading', { name: `${year}年组织生活要求`, exact: true }).waitFor();
      await page.getByText('尚未设定，使用默认值').first().waitFor();
      await looked(page, FLOW, 'life-default', screen);

      const cell = page.getByLabel('党支部主题党日次数', { exact: true });
      await cell.fill('11');
      await page.getByRole('button', { name: '保存组织生活要求' }).click();
      expect(await page.locator('#life-branch-theme-day-error').textContent()).toMatch('数值太大');
      await looked(page, FLOW, 'life-refused', screen);
      await cell.fill('2');
      await page.getByLabel('党支部党小组会次数', { exact: true }).fill('0');
      await page.getByRole('button', { name: '保存组织生活要求' }).click();
      await page.getByRole('status').filter({ hasText: '已保存组织生活要求' }).waitFor();
      const table = page.getByRole('table', { name: '各党组织形式每个周期应召开的组织生活' });
      await table.getByRole('cell', { name: '每月 2 次' }).waitFor();
      expect(await table.getByRole('cell', { name: '—' }).count()).toBe(1);

      await page.getByLabel('宣讲', { exact: true }).fill('20');
      await page.getByRole('button', { name: '保存组织活力权重' }).click();
      await page.locator('#weights-error').filter({ hasText: '各项权重之和须为 100' }).waitFor();
      await page.getByText('当前合计：105').waitFor();
      await looked(page, FLOW, 'weights-refused', screen);
      await page.getByLabel('星级', { exact: true }).fill('10');
      await page.getByRole('button', { name: '保存组织活力权重' }).click();
      await page.getByRole('status').filter({ hasText: '已保存组织活力权重' }).waitFor();
      const history = page.getByRole('region', { name: `${year}年的设定记录` });
      await history.getByText('办公室主任设定组织活力权重').waitFor();
      await history.getByText('办公室主任设定组织生活要求').waitFor();
      await page.getByRole('heading', { name: `${year}年组织活力权重`, exact: true }).waitFor();
      await looked(page, FLOW, 'life-set', screen);
      await page.close();
    });
  }
});
