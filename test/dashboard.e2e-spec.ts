import { adminToken, tokenFor } from './support/auth';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { ARTIFACTS, screenshot, signIn, startDashboard } from './support/dashboard-browser';
import { eventually } from './support/http';
import { expectSeedReport } from './support/report-expectations';
import { runSeed000Scenario } from './support/seed-000-scenario';

jest.setTimeout(90000);

const HEADINGS = ['工作进展', '委员联系学会宣讲覆盖率', '学会红黄绿灯', '逾期任务', '挂牌督办任务'];

const integer = new Intl.NumberFormat('zh-CN');
const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(2)}%`);

describe('the dashboard in a browser (embedded mode)', () => {
  let api: Api;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('dashboard'));
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  it('asks for a token, refuses a wrong one in Chinese, and says when there is no campaign yet', async () => {
    const page = await browser.newPage();
    const answer = await page.goto(`${api.url}/dashboard`);
    expect(answer?.status()).toBe(200);
    expect(page.url()).toBe(`${api.url}/dashboard/`);
    expect(await page.locator('h1').textContent()).toBe('科技社团党建工作进展看板');
    expect(await page.locator('#login').isVisible()).toBe(true);
    expect(await page.locator('#board').isVisible()).toBe(false);
    expect(await page.getByLabel('访问令牌').isVisible()).toBe(true);

    await signIn(page, await tokenFor({ sub: '办公室', role: 'admin' }, 'x'.repeat(40)));
    await page.locator('#message.error').waitFor();
    expect(await page.locator('#message').textContent()).toBe('访问令牌无效或已过期，请重新输入。');
    expect(await page.locator('#login').isVisible()).toBe(true);
    expect(await page.evaluate('sessionStorage.length')).toBe(0);

    await signIn(page, await adminToken());
    await page.locator('#empty').waitFor();
    expect(await page.locator('#empty').textContent()).toContain('暂无工作部署');
    expect(await page.locator('#campaign').isDisabled()).toBe(true);
    expect(await page.locator('#message').isVisible()).toBe(false);
    await page.close();
  });

  it('shows a campaign as its report has it: progress, coverage bars, traffic lights, late work, and the workbook', async () => {
    const client = new ApiClient(api.url);
    const seed = await runSeed000Scenario(client, '');
    let report: any;
    await eventually(async () => {
      report = (await client.expect(200, 'GET', `/campaigns/${seed.campaignId}/report`)).body;
      expectSeedReport(report, seed);
    });
    const { totals } = report;

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${api.url}/dashboard/`);
    await signIn(page, await adminToken());
    await page
      .locator(`#campaign option[value="${seed.campaignId}"]`)
      .waitFor({ state: 'attached' });
    await page.getByLabel('工作部署', { exact: true }).selectOption(seed.campaignId);
    await page.locator('#report').waitFor();

    expect(await page.locator('#report h2').allTextContents()).toEqual(HEADINGS);
    expect(await page.locator('#report-meta').textContent()).toContain(
      `学习贯彻习近平总书记“七一”重要讲话精神 · 工作期限 2021-07-19 至 2022-01-31`,
    );

    const figures = Object.fromEntries(
      await page
        .locator('#progress [data-figure]')
        .evaluateAll((nodes) =>
          nodes.map((n) => [n.getAttribute('data-figure'), n.querySelector('dd')!.textContent]),
        ),
    );
    expect(figures).toEqual({
      societiesAssigned: '105',
      societiesCovered: '80',
      coverage: '76.19%',
      lecturesDelivered: '80',
      lecturesConfirmed: '60',
      lecturesScheduled: '20',
      audience: integer.format(totals.audience),
      tasksTotal: '120',
      tasksInProgress: '35',
      tasksDone: '65',
      completionRate: percent(totals.completionRate),
      evaluationRate: percent(totals.evaluationRate),
      averageRating: totals.averageRating.toFixed(2),
      beneficiaries: integer.format(totals.beneficiaries),
      overdueTasks: '35',
      escalatedTasks: '8',
    });
    expect(figures.completionRate).toBe('59.09%');

    const bars = await page.locator('#liaisons li').evaluateAll((items) =>
      items.map((li) => ({
        memberId: li.getAttribute('data-member-id'),
        name: li.querySelector('.name')!.textContent,
        value: li.querySelector('.value')!.textContent,
        width: parseFloat(li.querySelector('.fill')!.getAttribute('style')!.slice('width:'.length)),
      })),
    );
    expect(bars).toHaveLength(12);
    expect(bars).toEqual(
      report.liaisons.map((row: any) => ({
        memberId: row.memberId,
        name: row.name,
        value: `${row.covered}/${row.societies} · ${percent(row.coverage)}`,
        width: expect.closeTo(row.coverage * 100, 2),
      })),
    );
    expect(bars.find((bar) => bar.memberId === seed.liaisons[2])).toMatchObject({
      value: '2/10 · 20.00%',
      width: 20,
    });

    const lights = await page
      .locator('#societies tbody tr[data-status]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
    const tally = (light: string) => lights.filter((l) => l === light).length;
    expect({ red: tally('red'), yellow: tally('yellow'), green: tally('green') }).toEqual({
      red: 28,
      yellow: 45,
      green: 32,
    });
    expect(await page.locator('#lights').textContent()).toBe('红灯 28黄灯 45绿灯 32');
    const row10 = report.societies.find((s: any) => s.societyId === seed.societies[10]);
    const cells = await page
      .locator('#societies tbody tr', { hasText: row10.name })
      .first()
      .locator('td')
      .allTextContents();
    expect(cells[0]).toBe('红');
    expect(cells[1]).toBe(row10.name);
    expect(cells[9]).toBe(row10.reasons.join('、'));
    expect(cells[9]).toContain('有逾期任务');
    await page.getByLabel('筛选').selectOption('red');
    expect(await page.locator('#societies tbody tr:visible').count()).toBe(28);
    await page.getByLabel('筛选').selectOption('');

    const overdue = await page
      .locator('#overdue tbody tr[data-task-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-task-id')));
    expect(overdue).toHaveLength(35);
    expect(overdue).toEqual(report.overdue.map((row: any) => row.taskId));
    const escalated = await page
      .locator('#escalated tbody tr[data-task-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-task-id')));
    expect(escalated).toHaveLength(8);
    expect(escalated).toEqual(report.escalated.map((row: any) => row.taskId));
    expect(await page.locator('#escalated tbody tr').first().textContent()).toContain(
      '进度滞后，挂牌督办',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`工作进展报告-${report.asOfDate}.xlsx`);
    const saved = join(ARTIFACTS, 'dashboard-report.xlsx');
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    expect(workbook.getWorksheet('按学会')!.rowCount).toBe(106);

    const shot = await screenshot(page, 'dashboard.png');
    expect(shot.bytes).toBeGreaterThan(50_000);
    // full page: taller than the viewport
    expect(shot.height).toBeGreaterThan(900);

    // The token stays for the tab: a reload shows the same campaign without asking again.
    await page.reload();
    await page.locator('#report').waitFor();
    expect(await page.locator('#campaign').inputValue()).toBe(seed.campaignId);
    expect(await page.locator('#login').isVisible()).toBe(false);
    await page.close();
  });
});
