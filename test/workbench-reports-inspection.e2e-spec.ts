import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { ARTIFACTS, cellTexts, figureTexts, startDashboard } from './support/dashboard-browser';
import { waitForViewsToCatchUp } from './support/expectations';
import { lookAtReport, openReports } from './support/reports-pages';
import { invitedPerson, VIEWPORTS, type Person, type Screen } from './support/workbench';
import { ADDED_REASON, inspectionScenario, yearlyCast } from './support/yearly-dashboard-scenario';

jest.setTimeout(120_000);

describe('the inspection report on the workbench (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let client: ApiClient;
  let auditor: Person;
  let inspection: Awaited<ReturnType<typeof inspectionScenario>>;

  const open = (screen: Screen = 'desktop', query = '') =>
    openReports(browser, api.url, auditor, `/reports/inspection${query}`, screen);

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-reports-inspection'));
    client = new ApiClient(api.url);
    auditor = await invitedPerson(api.url, '审计员孙丽', { role: 'auditor' });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  it('says in Chinese that there is no batch yet, on its own page', async () => {
    const page = await open('phone');
    await page.locator('#batches-empty').waitFor();
    expect(await page.locator('#batches-empty').textContent()).toContain('暂无督导批次');
    expect(await page.locator('#batch').isDisabled()).toBe(true);
    expect(await page.locator('#round').count()).toBe(0);
    expect(await page.locator('#campaign').count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('#/reports/inspection');
    expect(await page.locator('#inspection-message').isVisible()).toBe(false);
    await lookAtReport(page, 'inspection-empty', 'phone');
    await page.close();
  });

  it('shows a batch’s totals, rectification board with the overdue item in red, sample, and the draw anyone can rerun', async () => {
    const cast = await yearlyCast(client);
    inspection = await inspectionScenario(client, cast);
    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
    const { batch, drawn, added, items } = inspection;
    const answer = (await client.expect(200, 'GET', batch.path())).body;
    const name = cast.nameOf;
    const page = await open();
    await page.locator(`#batch option[value="${batch.batchId}"]`).waitFor({ state: 'attached' });
    expect(await page.locator('#batch option').allTextContents()).toEqual([
      '请选择督导批次',
      '2026年第一批学会党委督导抽查（督导中）',
      '2026年第二批学会党委督导抽查（已计划，待抽取）',
    ]);
    await page.getByLabel('督导批次', { exact: true }).selectOption(batch.batchId);
    await page.locator('#rectification .case').first().waitFor();
    expect(await page.locator('#batch-meta').textContent()).toBe(
      `2026年第一批学会党委督导抽查 · 督导中 · 督导重点 学习宣传贯彻、党委工作和议事制度 · 督导组 2 人 · 逾期按 ${answer.today} 计算`,
    );

    expect(await figureTexts(page, '#inspection-totals', 'data-figure')).toEqual({
      societies: '5',
      visited: '4',
      findings: '4',
      majorFindings: '1',
      items: '5',
      reported: '1',
      accepted: '1',
      overdue: '1',
      rectificationRate: '20.00%',
    });
    expect(await page.locator('[data-figure="overdue"]').getAttribute('class')).toBe('alarm');

    const board = await page.locator('#rectification .case').evaluateAll((cards) =>
      cards.map((card) => ({
        society: card.getAttribute('data-society-id'),
        name: card.querySelector('h3')!.textContent,
        state: card.getAttribute('data-state'),
        tally: [...card.querySelectorAll('.tally span')].map((span) => span.textContent),
        items: [...card.querySelectorAll('.items li')].map((li) => [
          li.getAttribute('data-item-id'),
          li.querySelector('.status')!.textContent,
          li.className,
        ]),
      })),
    );
    const tally = (open: number, reported: number, returned: number, done: number, late = 0) => [
      `待整改 ${open}`,
      `待验收 ${reported}`,
      `已退回 ${returned}`,
      `已验收 ${done}`,
      `逾期 ${late}`,
    ];
    const [d0, d1, d2, d3] = drawn as [string, string, string, string];
    const card = (society: string, state: string, counts: string[], list: string[][]) => ({
      society,
      name: name(society),
      state,
      tally: counts,
      items: list,
    });
    expect(board).toEqual([
      card(d0, 'open', tally(1, 0, 0, 1, 1), [
        [items.overdue, '待整改 · 已逾期', 'overdue'],
        [items.accepted, '已验收', 'accepted'],
      ]),
      card(d1, 'open', tally(0, 1, 0, 0), [[items.reported, '已报告，待验收', 'reported']]),
      card(d2, 'open', tally(0, 0, 1, 0), [[items.returned, '退回重改', 'returned']]),
      card(d3, 'not-visited', [], []),
      card(added, 'open', tally(1, 0, 0, 0), [[items.open, '待整改', 'open']]),
    ]);
    const late = `getComputedStyle(document.querySelector('[data-item-id="${items.overdue}"] .status')).color`;
    expect(await page.evaluate(late)).toBe('rgb(198, 40, 40)');
    expect(await page.locator(`.case[data-society-id="${d3}"] .empty`).textContent()).toBe(
      '尚未走访，暂无整改事项',
    );

    expect(await cellTexts(page, '#sample')).toEqual([
      ...drawn.map((id, index) => [String(index + 1), name(id), '随机抽取', '—']),
      ['—', name(added), '指定加入', ADDED_REASON],
    ]);
    expect(await figureTexts(page, '#draw', 'data-draw')).toMatchObject({
      seed: answer.draw.seed,
      algorithm: 'splitmix64-fisher-yates-v1',
      population: '6 个（按记录的顺序）',
      sampleSize: '4 个',
    });
    const rerunText = await page.locator('#draw-rerun').textContent();
    expect(rerunText).toContain('按 docs/inspection-draw.md 公布的算法 splitmix64-fisher-yates-v1');
    expect(rerunText).toContain(`随机种子 ${answer.draw.seed} 重新计算`);
    expect(rerunText).toContain('python3 docs/inspection-draw.py');

    // What the page hands out is enough to rerun the draw with the published script.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载抽取记录（JSON）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`督导抽取记录-${batch.batchId}.json`);
    const saved = join(ARTIFACTS, 'workbench-reports-inspection-draw.json');
    await download.saveAs(saved);
    const script = join(__dirname, '../docs/inspection-draw.py');
    const rerun = spawnSync('python3', [script], { input: readFileSync(saved), encoding: 'utf8' });
    expect(rerun.stdout.trim().split('\n')).toEqual(drawn);
    expect(rerun.stderr).toBe('the recorded selection matches\n');

    const desktop = await lookAtReport(page, 'inspection', 'desktop');
    expect(desktop.width).toBe(VIEWPORTS.desktop.width);
    await page.setViewportSize(VIEWPORTS.phone);
    expect((await lookAtReport(page, 'inspection', 'phone')).width).toBe(VIEWPORTS.phone.width);

    // A batch not drawn yet: a word instead of an empty board, and no record to rerun.
    const planned = await page.locator('#batch option').nth(2).getAttribute('value');
    await page.getByLabel('督导批次', { exact: true }).selectOption(planned!);
    await page.locator('#batch-empty').waitFor();
    expect(await page.locator('#batch-parts').isVisible()).toBe(false);
    expect(await page.locator('#draw-rerun').textContent()).toContain('尚未抽取');
    expect(await page.locator('#draw-download').isVisible()).toBe(false);
    expect(new URL(page.url()).hash).toBe(`#/reports/inspection?batch=${planned}`);
    await lookAtReport(page, 'inspection-planned', 'phone');
    await page.close();
  });

  it('says in the part concerned, in Chinese, what the account may not read and what failed to load', async () => {
    const { batch } = inspection;
    let page = await open('phone');
    await page.route(
      (url) => url.pathname === `/inspection-batches/${batch.batchId}`,
      (route) =>
        route.fulfill({
          status: 403,
          contentType: 'application/problem+json',
          body: JSON.stringify({ status: 403, code: 'AUTH.FORBIDDEN', title: 'Forbidden' }),
        }),
    );
    await page.locator(`#batch option[value="${batch.batchId}"]`).waitFor({ state: 'attached' });
    await page.getByLabel('督导批次', { exact: true }).selectOption(batch.batchId);
    await page.locator('#inspection-message').waitFor();
    expect(await page.locator('#inspection-message').textContent()).toBe(
      '您的账号无权查看督导抽查，请使用党委办公室或审计人员的账号登录。',
    );
    expect(await page.locator('#batch-view').isVisible()).toBe(false);
    await page.close();

    page = await open('desktop', `?batch=${batch.batchId}`);
    await page.route(
      (url) => /^\/inspection-batches\/[^/]+\/societies\/[^/]+$/.test(url.pathname),
      (route) => route.abort(),
    );
    await page.reload();
    await page.locator('#rectification-message').waitFor();
    expect(await page.locator('#rectification-message').textContent()).toBe(
      '各学会的整改情况加载失败：无法连接服务器，请检查网络后重试。',
    );
    expect(await page.locator('#inspection-totals').isVisible()).toBe(true);
    expect(await page.locator('#rectification').isVisible()).toBe(false);
    expect(await page.locator('#inspection-message').isVisible()).toBe(false);
    await lookAtReport(page, 'inspection-failed-load', 'desktop');
    await page.close();
  });
});
