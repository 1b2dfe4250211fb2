import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { ARTIFACTS, figureTexts, startDashboard } from './support/dashboard-browser';
import { eventually } from './support/http';
import { lookAtReport, openReports } from './support/reports-pages';
import { expectSeedReport } from './support/report-expectations';
import { runSeed000Scenario } from './support/seed-000-scenario';
import {
  invitedPerson,
  openWorkbench,
  signInAs,
  VIEWPORTS,
  type Person,
} from './support/workbench';

jest.setTimeout(120_000);

const HEADINGS = ['工作进展', '委员联系学会宣讲覆盖率', '学会红黄绿灯', '逾期任务', '挂牌督办任务'];

const integer = new Intl.NumberFormat('zh-CN');
const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(2)}%`);

describe('the campaign progress report on the workbench (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let office: Person;

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-reports'));
    office = await invitedPerson(api.url, '办公室王芳', { role: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  it('is for the office and auditors only, and says when there is no campaign yet', async () => {
    // The dashboard's old addresses, kept in bookmarks, lead to the reports page.
    for (const old of ['/dashboard', '/dashboard/', '/dashboard/index.html?x=1']) {
      const answer = await fetch(`${api.url}${old}`, { redirect: 'manual' });
      expect(answer.status).toBe(301);
      expect(answer.headers.get('location')).toBe('/app/#/reports');
    }
    const stranger = await browser.newPage();
    await stranger.goto(`${api.url}/dashboard/`);
    await stranger.getByLabel('用户名').waitFor();
    expect(new URL(stranger.url()).pathname).toBe('/app/');
    expect(new URL(stranger.url()).hash).toBe('#/sign-in?next=/reports');
    await stranger.close();

    const liaison = await invitedPerson(api.url, '委员张伟', {
      role: 'liaison',
      memberId: await new ApiClient(api.url).member('张伟'),
    });
    const other = await openWorkbench(browser, api.url);
    await signInAs(other, liaison);
    expect(await other.getByRole('link', { name: '报表看板' }).count()).toBe(0);
    await other.goto(`${api.url}/app/#/reports`);
    await other.getByRole('heading', { name: '您好，委员张伟' }).waitFor();
    expect(new URL(other.url()).hash).toBe('#/');
    await other.close();

    const page = await openWorkbench(browser, api.url);
    await signInAs(page, office);
    await page.getByRole('link', { name: '报表看板' }).first().click();
    await page.locator('#empty').waitFor();
    expect(await page.locator('h1').textContent()).toBe('报表看板');
    expect(await page.locator('#empty').textContent()).toContain('暂无工作部署');
    expect(await page.locator('#campaign').isDisabled()).toBe(true);
    expect(await page.locator('#message').isVisible()).toBe(false);
    await lookAtReport(page, 'progress-empty', 'desktop');
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

    const page = await openReports(browser, api.url, office, '/reports');
    await page
      .locator(`#campaign option[value="${seed.campaignId}"]`)
      .waitFor({ state: 'attached' });
    await page.getByLabel('工作部署', { exact: true }).selectOption(seed.campaignId);
    await page.locator('#report').waitFor();

    expect(await page.locator('#report h2').allTextContents()).toEqual(HEADINGS);
    expect(await page.locator('#report-meta').textContent()).toContain(
      `学习贯彻习近平总书记“七一”重要讲话精神 · 工作期限 2021-07-19 至 2022-01-31`,
    );

    const figures = await figureTexts(page, '#progress', 'data-figure');
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
    const saved = join(ARTIFACTS, 'workbench-reports-progress.xlsx');
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    expect(workbook.getWorksheet('按学会')!.rowCount).toBe(106);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);

    const shot = await lookAtReport(page, 'progress', 'desktop');
    expect(shot.bytes).toBeGreaterThan(50_000);
    // full page: taller than the viewport
    expect(shot.height).toBeGreaterThan(VIEWPORTS.desktop.height);

    // The session stays: a reload shows the same campaign, as the address keeps it.
    await page.reload();
    await page.locator('#report').waitFor();
    expect(await page.locator('#campaign').inputValue()).toBe(seed.campaignId);
    expect(new URL(page.url()).hash).toBe(`#/reports?campaign=${seed.campaignId}`);

    await page.setViewportSize(VIEWPORTS.phone);
    const phone = await lookAtReport(page, 'progress', 'phone');
    expect(phone.width).toBe(VIEWPORTS.phone.width);
    await page.close();
  });
});
