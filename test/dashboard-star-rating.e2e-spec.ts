import type { Browser } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { adminToken } from './support/auth';
import {
  cellTexts,
  fitsTheScreen,
  openDashboard,
  screenshot,
  startDashboard,
} from './support/dashboard-browser';
import { waitForViewsToCatchUp } from './support/expectations';
import { secretaryToken } from './support/inspection-client';
import {
  ratingScenario,
  SOCIETY_NAMES,
  yearlyCast,
  type YearlyCast,
} from './support/yearly-dashboard-scenario';

jest.setTimeout(120000);

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

describe('the dashboard’s star rating tab in a browser (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let client: ApiClient;
  let cast: YearlyCast;
  let rating: Awaited<ReturnType<typeof ratingScenario>>;

  const open = async (tab: string, token: string, viewport = DESKTOP) =>
    openDashboard(browser, api.url, token, tab, viewport);

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('dashboard-star-rating'));
    client = new ApiClient(api.url);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  it('says in Chinese that there is no round yet, in its own tab', async () => {
    const page = await open('星级评定', await adminToken());
    await page.locator('#rounds-empty').waitFor();
    expect(await page.locator('#rounds-empty').textContent()).toContain('暂无星级评定批次');
    expect(await page.locator('#round').isDisabled()).toBe(true);
    expect(await page.getByRole('tab', { name: '星级评定' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.locator('#work-tab').isVisible()).toBe(false);
    expect(new URL(page.url()).hash).toBe('#tab=rating');
    expect(await page.locator('#message').isVisible()).toBe(false);
    await page.close();
  });

  it('shows a round’s stage, progress bars, star distribution and every society in Chinese order', async () => {
    cast = await yearlyCast(client);
    rating = await ratingScenario(client, cast);
    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);

    const page = await open('星级评定', await adminToken());
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

    const desktop = await screenshot(page, 'dashboard-star-rating-desktop.png');
    expect(desktop.width).toBe(DESKTOP.width);
    await page.setViewportSize(PHONE);
    expect(await fitsTheScreen(page)).toBe(true);
    const phone = await screenshot(page, 'dashboard-star-rating-390.png');
    expect(phone.width).toBe(PHONE.width);
    expect(phone.height).toBeGreaterThan(PHONE.height);

    // A round nobody is rated in yet: its stage, and a word instead of empty charts.
    await page.getByLabel('评定批次', { exact: true }).selectOption(rating.draft);
    await page.locator('#round-empty').waitFor();
    expect(await page.locator('#round-status').textContent()).toBe('当前阶段：起草中');
    expect(await page.locator('#round-results').isVisible()).toBe(false);
    expect(await page.locator('#round-progress').isVisible()).toBe(false);

    // The address keeps the tab and the round: a reload shows them again.
    await page.getByLabel('评定批次', { exact: true }).selectOption(rating.round);
    await page.locator('#round-meta', { hasText: '2025年度' }).waitFor();
    await page.reload();
    await page.locator('#ratings tbody tr[data-society-id]').first().waitFor();
    expect(await page.locator('#round').inputValue()).toBe(rating.round);
    await page.close();
  });

  it('says in the part concerned, in Chinese, what a token may not read and what failed to load', async () => {
    let page = await open('星级评定', await secretaryToken(cast.societies.a), PHONE);
    await page.locator(`#round option[value="${rating.round}"]`).waitFor({ state: 'attached' });
    await page.getByLabel('评定批次', { exact: true }).selectOption(rating.round);
    await page.locator('#rating-results-message').waitFor();
    expect(await page.locator('#rating-results-message').textContent()).toBe(
      '此访问令牌无权查看各学会的评定结果，请使用党委办公室或审计人员的令牌。',
    );
    expect(await page.locator('#round-progress').isVisible()).toBe(true);
    expect(await page.locator('#distribution').isVisible()).toBe(false);
    await screenshot(page, 'dashboard-star-rating-forbidden-390.png');
    expect(await page.locator('#message').isVisible()).toBe(false);
    expect(await page.locator('#login').isVisible()).toBe(false);
    await page.close();

    page = await open('星级评定', await adminToken());
    await page.route(
      (url) => /^\/star-rating-rounds\/[^/]+\/societies$/.test(url.pathname),
      (route) => route.fulfill({ status: 500, body: '{}', contentType: 'application/json' }),
    );
    await page.locator(`#round option[value="${rating.round}"]`).waitFor({ state: 'attached' });
    await page.getByLabel('评定批次', { exact: true }).selectOption(rating.round);
    await page.locator('#rating-results-message').waitFor();
    expect(await page.locator('#rating-results-message').textContent()).toBe(
      '各学会的评定结果加载失败：服务器出错（500），请稍后重试。',
    );
    expect(await page.locator('#round-progress').isVisible()).toBe(true);
    expect(await page.locator('#message').isVisible()).toBe(false);
    await page.close();
  });
});
