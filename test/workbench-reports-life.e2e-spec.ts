import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { ARTIFACTS, cellTexts, figureTexts, startDashboard } from './support/dashboard-browser';
import { waitForViewsToCatchUp } from './support/expectations';
import { LIFE_DASHBOARD_SOCIETIES, lifeDashboardScenario } from './support/life-dashboard-scenario';
import { lookAtReport, openReports } from './support/reports-pages';
import { invitedPerson, VIEWPORTS, type Person, type Screen } from './support/workbench';

jest.setTimeout(180_000);

const { ah, bj, cd, dl, ez, fz } = LIFE_DASHBOARD_SOCIETIES;

/** This quarter in the federation's time zone, as the chooser labels it. */
function thisQuarter(): { value: string; label: string } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
    .format(new Date())
    .split('-')
    .map(Number);
  const quarter = Math.ceil(month! / 3);
  return { value: `${year}Q${quarter}`, label: `${year}年第${quarter}季度（本季度）` };
}

const SECTIONS = ['coverage', 'lists', 'ranking'] as const;
const REPORT_PATHS = ['/coverage', '/organisational-life/lists', '/vitality'];
const shownPart = (page: Page, section: string, part: string) =>
  page.locator(`#${section}-section [data-part="${part}"]`);

/** Waits until the ranking of the period chosen is drawn (its first row names `first`). */
const rankingShows = (page: Page, first: string) =>
  page.locator('#ranking tbody tr.ranked').first().filter({ hasText: first }).waitFor();

/** The ranked rows (not the components' rows under them): rank, name and score. */
const rankingRows = (page: Page) =>
  page
    .locator('#ranking tbody tr.ranked')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent)),
    );

describe('the organisational life and vitality report on the workbench (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let client: ApiClient;
  let office: Person;

  const open = (screen: Screen = 'desktop') =>
    openReports(browser, api.url, office, '/reports/life', screen);
  const choose = (page: Page, period: string) =>
    page.getByLabel('统计期间', { exact: true }).selectOption(period);

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-reports-life'));
    client = new ApiClient(api.url);
    office = await invitedPerson(api.url, '办公室周洁', { role: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  it('offers this quarter first, the quarters and the years, and says 本期暂无数据 where nothing is recorded', async () => {
    const page = await open();
    for (const section of SECTIONS) await shownPart(page, section, 'empty').waitFor();
    for (const section of SECTIONS)
      expect(await shownPart(page, section, 'empty').textContent()).toBe('本期暂无数据');
    const chooser = page.locator('#life-period');
    const current = thisQuarter();
    expect(await chooser.inputValue()).toBe(current.value);
    expect(await chooser.locator('option:checked').textContent()).toBe(current.label);
    const options = await chooser.locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['2026年第3季度', '2026年全年', '2025年全年']));
    expect(options.filter((option) => /[A-Za-z]/.test(option))).toEqual([]);
    expect(await page.locator('#life-meta').textContent()).toMatch(/^统计期间：\d{4}年第\d季度/);
    expect(new URL(page.url()).hash).toBe('#/reports/life');
    await lookAtReport(page, 'life-empty', 'desktop');
    await page.close();
  });

  it('shows a quarter’s coverage, red and black lists and ranking with ties, a society’s components and the workbook', async () => {
    await lifeDashboardScenario(client);
    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
    const page = await open();
    // This quarter: the same societies, no work recorded in it.
    await page.locator('#work-coverage [data-figure="covered"]').waitFor();
    expect((await figureTexts(page, '#work-coverage', 'data-figure')).covered).toBe('0');

    await choose(page, '2026Q3');
    await rankingShows(page, bj);
    await page.locator('#work-coverage [data-figure="covered"] dd', { hasText: '4' }).waitFor();
    expect(await page.locator('#life-meta').textContent()).toBe(
      '统计期间：2026年第3季度（2026-07-01 至 2026-09-30）',
    );
    expect(new URL(page.url()).hash).toBe('#/reports/life?period=2026Q3');

    expect(await figureTexts(page, '#org-coverage', 'data-figure')).toEqual({
      registered: '6',
      council: '1',
      secretariat: '1',
      otherMeans: '2',
      joint: '1',
      instructor: '1',
      covered: '4',
      uncovered: '2',
      rate: '66.67%',
    });
    expect(await page.locator('#org-uncovered li').allTextContents()).toEqual([ez, fz]);
    expect(await figureTexts(page, '#work-coverage', 'data-figure')).toEqual({
      registered: '6',
      covered: '4',
      uncovered: '2',
      rate: '66.67%',
    });
    expect(await page.locator('#work-uncovered li').allTextContents()).toEqual([ez, fz]);

    // 北京 attends more than 安徽 and comes first though 安徽 comes first by name.
    expect(await cellTexts(page, '#red-list')).toEqual([
      ['1', bj, '100.00%（8/8）', '100.00%'],
      ['2', ah, '100.00%（8/8）', '90.00%'],
    ]);
    expect(await cellTexts(page, '#black-list')).toEqual([['1', dl, '50.00%（4/8）', '60.00%']]);
    expect(await page.locator('#lists-meta').textContent()).toContain(
      '本季度有组织生活要求的学会 3 个',
    );

    expect(await rankingRows(page)).toEqual([
      ['1', bj, '50'],
      ['2', ah, '49'],
      ['3', dl, '31'],
      ['4', cd, '25'],
      ['5并列', ez, '10'],
      ['5并列', fz, '10'],
    ]);
    expect(await page.locator('#ranking tr.components-row:not([hidden])').count()).toBe(0);
    await page.getByRole('button', { name: cd, exact: true }).click();
    const components = page.locator(`#ranking tr[data-society-id] + tr:not([hidden]) li`);
    expect(await components.evaluateAll((items) => items.map((li) => li.textContent))).toEqual([
      '组织生活完成率0 分应开展 0 次，已开展 0 次比率 0.00% × 权重 30',
      '出勤率0 分应到 0 人次，实到 0 人次比率 0.00% × 权重 10',
      '宣讲15 分目标 1 场，已宣讲 1 场比率 100.00% × 权重 15',
      '办实事0 分目标 1 件，已办结 0 件；尚无评价比率 0.00% × 权重 20',
      '整改销号10 分本期无到期整改事项，计满分比率 100.00% × 权重 10',
      '星级0 分暂无星级（满 8 星）比率 0.00% × 权重 15',
    ]);
    expect(
      await page.getByRole('button', { name: cd, exact: true }).getAttribute('aria-expanded'),
    ).toBe('true');

    const asOfDate = (await client.expect(200, 'GET', '/vitality?period=2026Q3')).body.asOfDate;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#ranking-section [data-part="download"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`组织活力排名-2026Q3-${asOfDate}.xlsx`);
    const saved = join(ARTIFACTS, 'workbench-reports-life-ranking.xlsx');
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['活力排名', '得分明细', '汇总']);
    expect(book.getWorksheet('活力排名')!.getRow(2).values).toEqual(
      expect.arrayContaining([1, bj, 50]),
    );

    const [coverageFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出两个全覆盖（Excel）' }).click(),
    ]);
    expect(coverageFile.suggestedFilename()).toBe(`两个全覆盖-2026Q3-${asOfDate}.xlsx`);

    const desktop = await lookAtReport(page, 'life', 'desktop');
    expect(desktop.width).toBe(VIEWPORTS.desktop.width);
    await page.setViewportSize(VIEWPORTS.phone);
    expect((await lookAtReport(page, 'life', 'phone')).width).toBe(VIEWPORTS.phone.width);

    // The address keeps the period; a year has no red and black lists to show.
    await page.reload();
    await rankingShows(page, bj);
    expect(await page.locator('#life-period').inputValue()).toBe('2026Q3');
    await choose(page, '2026');
    await shownPart(page, 'lists', 'quarter-note').waitFor();
    expect(await shownPart(page, 'lists', 'view').isVisible()).toBe(false);
    expect(await shownPart(page, 'lists', 'download').isDisabled()).toBe(true);
    await page.locator('#life-meta', { hasText: '2026年全年' }).waitFor();
    await rankingShows(page, bj);
    await lookAtReport(page, 'life-year', 'phone');
    await page.close();
  });

  it('says in each part, in Chinese, what the account may not read and what failed to load', async () => {
    let page = await open('phone');
    await page.route(
      (url) => REPORT_PATHS.includes(url.pathname),
      (route) =>
        route.fulfill({
          status: 403,
          contentType: 'application/problem+json',
          body: JSON.stringify({ status: 403, code: 'AUTH.FORBIDDEN', title: 'Forbidden' }),
        }),
    );
    await page.reload();
    const words = { coverage: '两个全覆盖', lists: '红黑榜', ranking: '活力排名' };
    for (const section of SECTIONS) {
      await page.locator(`#${section}-message`).waitFor();
      expect(await page.locator(`#${section}-message`).textContent()).toBe(
        `您的账号无权查看${words[section]}，请使用党委办公室或审计人员的账号登录。`,
      );
      expect(await shownPart(page, section, 'view').isVisible()).toBe(false);
      expect(await shownPart(page, section, 'download').isDisabled()).toBe(true);
    }
    await lookAtReport(page, 'life-forbidden', 'phone');
    await page.close();

    page = await open('phone');
    await page.route(
      (url) => url.pathname === '/vitality',
      (route) =>
        route.continue({
          url: route
            .request()
            .url()
            .replace(/period=[^&]+/, 'period=2026Q5'),
        }),
    );
    await page.route(
      (url) => url.pathname === '/coverage',
      (route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            status: 503,
            code: 'STORE.UNAVAILABLE',
            title: 'Service Unavailable',
          }),
        }),
    );
    await choose(page, '2026Q3');
    await page.locator('#ranking-message').waitFor();
    expect(await page.locator('#ranking-message').textContent()).toBe(
      '活力排名加载失败：期间格式不正确，请重新选择统计期间。',
    );
    await page.locator('#coverage-message').waitFor();
    expect(await page.locator('#coverage-message').textContent()).toBe(
      '两个全覆盖加载失败：服务暂不可用，请稍后再试。',
    );
    await page.locator('#red-list tbody tr[data-society-id]').first().waitFor();
    expect(await page.locator('#lists-message').isVisible()).toBe(false);
    await lookAtReport(page, 'life-failed-load', 'phone');
    await page.close();
  });
});
