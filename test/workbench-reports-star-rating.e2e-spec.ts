import type { Browser } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { cellTexts, startDashboard } from './support/dashboard-browser';
import { waitForViewsToCatchUp } from './support/expectations';
import { lookAtReport, openReports } from './support/reports-pages';
import {
  invitedPerson,
  openWorkbench,
  signInAs,
  VIEWPORTS,
  type Person,
  type Screen,
} from './support/workbench';
import {
  ratingScenario,
  SOCIETY_NAMES,
  yearlyCast,
  type YearlyCast,
} from './support/yearly-dashboard-scenario';

jest.setTimeout(120_000);

const ROUNDS = /^\/star-rating-rounds\/[^/]+\/societies$/;

describe('the star rating report on the workbench (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let client: ApiClient;
  let office: Person;
  let cast: YearlyCast;
  let rating: Awaited<ReturnType<typeof ratingScenario>>;

  const open = (screen: Screen = 'desktop', query = '') =>
    openReports(browser, api.url, office, `/reports/star-rating${query}`, screen);

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-reports-star-rating'));
    client = new ApiClient(api.url);
    office = await invitedPerson(api.url, '办公室赵敏', { role: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  it('says in Chinese that there is no round yet, on its own page', async () => {
    const page = await open();
    await page.locator('#rounds-empty').waitFor();
    expect(await page.locator('#rounds-empty').textContent()).toContain('暂无星级评定批次');
    expect(await page.locator('#round').isDisabled()).toBe(true);
    expect(
      await page
        .getByRole('link', { name: '星级评定', exact: true })
        .last()
        .getAttribute('aria-current'),
    ).toBe('page');
    expect(await page.locator('#campaign').count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('#/reports/star-rating');
    expect(await page.locator('#rating-message').isVisible()).toBe(false);
    await lookAtReport(page, 'star-rating-empty', 'desktop');
    await page.close();
  });

  it('shows a round’s stage, progress bars, star distribution and every society in Chinese order', async () => {
    cast = await yearlyCast(client);
    rating = await ratingScenario(client, cast);
    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);

    const page = await open();
    await page.locator(`#round option[value="${rating.round}"]`).waitFor({ state: 'attached' });
    expect(await page.locator('#round option').allTextContents()).toEqual([
      '请选择评定批次',
      '2026年度星级学会党组织评定（起草中）',
      '2025年度星级学会党组织评定（初评审议中）',
    ]);
    await page.getByLabel('评定批次', { exact: true }).selectOption(rating.round);
    await page.locator('#ratings tbody tr[data-society-id]').first().waitFor();

    expect(await page.locator('#round-meta').textContent()).toBe(
      '2025年度星级学会党组织评定 · 满分 100 分 · 参评学会 6 个',
    );
    expect(await page.locator('#round-status').textContent()).toBe('当前阶段：初评审议中');
    expect(await page.locator('#round-steps [aria-current="step"]').textContent()).toBe('初评审议');
    const bars = await page
      .locator('#round-progress li')
      .evaluateAll((items) =>
        items.map((li) => [
          li.getAttribute('data-progress'),
          li.querySelector('.name')!.textContent,
          li.querySelector('.value')!.textContent,
          li.querySelector('.fill')!.getAttribute('style'),
        ]),
      );
    expect(bars).toEqual([
      ['selfAssessed', '已提交自评', '5/6 · 83.33%', 'width: 83.33%'],
      ['reviewed', '已初评', '4/6 · 66.67%', 'width: 66.67%'],
      ['decided', '已审议定星', '4/6 · 66.67%', 'width: 66.67%'],
    ]);

    const distribution = await page
      .locator('#star-distribution li')
      .evaluateAll((items) =>
        items.map(
          (li) =>
            `${li.querySelector('.label')!.textContent}:${li.querySelector('.count')!.textContent}`,
        ),
      );
    expect(distribution).toEqual([
      '0星:1',
      '1星:0',
      '2星:0',
      '3星:0',
      '4星:1',
      '5星:0',
      '6星:2',
      '7星:0',
      '8星:0',
    ]);
    expect(
      await page.locator('#star-distribution li[data-stars="6"] .bar').getAttribute('style'),
    ).toBe('height: 100.00%');
    expect(await page.locator('#distribution-note').textContent()).toBe(
      '已审议 4 个学会，未审议 2 个。',
    );

    const { a, b, c, d, e, f } = SOCIETY_NAMES;
    expect(await cellTexts(page, '#ratings')).toEqual([
      [e, '52', '—', '未审议', '待初评'],
      [a, '93', '88（2人）', '6星', '—'],
      [c, '83', '71.5（2人）', '6星', '按标准为5星，审议改定'],
      [b, '70', '63（2人）', '4星', '—'],
      [f, '—', '—', '0星', '—'],
      [d, '40', '40（1人）', '未审议', '待审议'],
    ]);
    const names = [a, b, c, d, e, f];
    expect([...names].sort(new Intl.Collator('zh-CN').compare)).toEqual([e, a, c, b, f, d]);

    const desktop = await lookAtReport(page, 'star-rating', 'desktop');
    expect(desktop.width).toBe(VIEWPORTS.desktop.width);
    await page.setViewportSize(VIEWPORTS.phone);
    const phone = await lookAtReport(page, 'star-rating', 'phone');
    expect(phone.width).toBe(VIEWPORTS.phone.width);
    expect(phone.height).toBeGreaterThan(VIEWPORTS.phone.height);

    // A round nobody is rated in yet: its stage, and a word instead of empty charts.
    await page.getByLabel('评定批次', { exact: true }).selectOption(rating.draft);
    await page.locator('#round-empty').waitFor();
    expect(await page.locator('#round-status').textContent()).toBe('当前阶段：起草中');
    expect(await page.locator('#round-results').isVisible()).toBe(false);
    expect(await page.locator('#round-progress').isVisible()).toBe(false);
    await lookAtReport(page, 'star-rating-draft', 'phone');

    // The address keeps the page and the round: a reload shows them again.
    await page.getByLabel('评定批次', { exact: true }).selectOption(rating.round);
    await page.locator('#round-meta', { hasText: '2025年度' }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/reports/star-rating?round=${rating.round}`);
    await page.reload();
    await page.locator('#ratings tbody tr[data-society-id]').first().waitFor();
    expect(await page.locator('#round').inputValue()).toBe(rating.round);
    await page.close();
  });

  it('says in the part concerned, in Chinese, what the account may not read and what failed to load', async () => {
    // A society's secretary reads the rounds but not the reports: the pages send them home.
    const secretary = await invitedPerson(api.url, '学会书记钱进', {
      role: 'society',
      societyId: cast.societies.a,
    });
    const own = await openWorkbench(browser, api.url, 'phone');
    await signInAs(own, secretary);
    expect(await own.getByRole('link', { name: '报表看板' }).count()).toBe(0);
    await own.goto(`${api.url}/app/#/reports/star-rating?round=${rating.round}`);
    await own.getByRole('heading', { name: '您好，学会书记钱进' }).waitFor();
    await own.close();

    let page = await open('phone', `?round=${rating.round}`);
    await page.route(
      (url) => ROUNDS.test(url.pathname),
      (route) =>
        route.fulfill({
          status: 403,
          contentType: 'application/problem+json',
          body: JSON.stringify({ status: 403, code: 'AUTH.FORBIDDEN', title: 'Forbidden' }),
        }),
    );
    await page.reload();
    await page.locator('#rating-results-message').waitFor();
    expect(await page.locator('#rating-results-message').textContent()).toBe(
      '您的账号无权查看各学会的评定结果，请使用党委办公室或审计人员的账号登录。',
    );
    expect(await page.locator('#round-progress').isVisible()).toBe(true);
    expect(await page.locator('#distribution').isVisible()).toBe(false);
    await lookAtReport(page, 'star-rating-forbidden', 'phone');
    expect(await page.locator('#rating-message').isVisible()).toBe(false);
    await page.close();

    page = await open();
    await page.route(
      (url) => ROUNDS.test(url.pathname),
      (route) => route.fulfill({ status: 500, body: '{}', contentType: 'application/json' }),
    );
    await page.locator(`#round option[value="${rating.round}"]`).waitFor({ state: 'attached' });
    await page.getByLabel('评定批次', { exact: true }).selectOption(rating.round);
    await page.locator('#rating-results-message').waitFor();
    expect(await page.locator('#rating-results-message').textContent()).toBe(
      '各学会的评定结果加载失败：服务器出错（500），请稍后重试。',
    );
    expect(await page.locator('#round-progress').isVisible()).toBe(true);
    expect(await page.locator('#rating-message').isVisible()).toBe(false);
    await page.close();
  });
});
