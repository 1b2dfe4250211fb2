import type { Browser, Page } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { auditedLecture, replaceOnDisk, sha256, uniquePdf } from './support/audit-scenario';
import { fitsTheScreen, startDashboard } from './support/dashboard-browser';
import { call } from './support/http';
import {
  invitedPerson,
  keep,
  openWorkbench,
  seriousViolations,
  signInAs,
  type Person,
  type Screen,
} from './support/workbench';

jest.setTimeout(120_000);

const SCREENS: readonly Screen[] = ['desktop', 'phone'];
const WHEN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** A screenshot kept with CI's artifacts, and no serious accessibility violation on the page. */
async function look(page: Page, step: string, screen: Screen) {
  await keep(page, 'audit', step, screen);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await fitsTheScreen(page)).toBe(true);
}

const trailCells = (page: Page) =>
  page
    .locator('#audit-trail tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );

describe('the auditor on the workbench (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let auditor: Person;

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-audit'));
    auditor = await invitedPerson(api.url, '审计员李明', { role: 'auditor' });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  it('verify says plainly that the chain is whole while nothing was changed', async () => {
    await auditedLecture(api.url, '完好');
    for (const screen of SCREENS) {
      const page = await openWorkbench(browser, api.url, screen);
      await signInAs(page, auditor);
      await page.getByRole('link', { name: '完整性校验' }).first().click();
      await page.locator('#verdict').waitFor();
      expect(await page.locator('#verdict').textContent()).toContain('链完整');
      expect(await page.locator('#verify-figures').textContent()).toContain('已核对的佐证文件');
      await look(page, 'verify-whole', screen);
      await page.close();
    }
  });

  for (const screen of SCREENS)
    it(`finds a lecture's history, opens an event with its commit, and verify names its evidence file replaced on disk (${screen})`, async () => {
      const tag = screen === 'desktop' ? '电脑' : '手机';
      const lecture = await auditedLecture(api.url, tag);
      const page = await openWorkbench(browser, api.url, screen);
      await signInAs(page, auditor);
      await look(page, 'home', screen);

      await page.getByRole('link', { name: '审计记录' }).first().click();
      await page.getByRole('heading', { name: '审计记录' }).waitFor();
      // A filter the API refuses is said at its field.
      await page.getByLabel('记录编号').fill('不是记录编号');
      await page.getByRole('button', { name: '查询' }).click();
      await page.locator('#filter-streamId-error').waitFor();
      expect(await page.getByLabel('记录编号').getAttribute('aria-invalid')).toBe('true');

      await page.getByLabel('记录编号').fill(lecture.streamId);
      await page.getByRole('button', { name: '查询' }).click();
      await page.locator('#audit-trail tbody tr').nth(2).waitFor();
      const rows = await trailCells(page);
      expect(rows.map((row) => row[2])).toEqual(['宣讲安排', '宣讲完成', '宣讲退回']);
      for (const row of rows) {
        expect(row[0]).toMatch(WHEN);
        expect(row[1]).toBe('office-test');
        expect(row[3]).toBe(`宣讲 ${lecture.streamId}`);
      }
      expect(rows[2]![4]).toBe(lecture.returnReason);
      expect(page.url()).toContain(`streamId=${lecture.streamId}`);
      await look(page, 'trail', screen);

      // Filters combine: the record and the type.
      await page.getByLabel('事件类型').selectOption('LectureReturned');
      await page.getByRole('button', { name: '查询' }).click();
      await page.waitForFunction("document.querySelectorAll('#audit-trail tbody tr').length === 1");
      expect((await trailCells(page))[0]![2]).toBe('宣讲退回');
      // The society is picked by its name: its register entry and the lecture given in it.
      await page.getByLabel('事件类型').selectOption('');
      await page.getByLabel('记录编号').fill('');
      await page
        .getByLabel('学会', { exact: true })
        .selectOption({ label: `中国审计学会（${tag}）` });
      await page.getByRole('button', { name: '查询' }).click();
      await page.waitForURL(/societyId=/);
      await page.locator('#audit-trail tbody tr').nth(3).waitFor();
      expect((await trailCells(page)).map((row) => row[2])).toEqual(
        expect.arrayContaining(['学会登记', '宣讲安排', '宣讲完成', '宣讲退回']),
      );
      await page.getByLabel('学会', { exact: true }).selectOption('');
      await page.getByLabel('记录编号').fill(lecture.streamId);
      await page.getByRole('button', { name: '查询' }).click();
      await page.waitForURL((url) => !url.hash.includes('societyId='));
      await page.locator('#audit-trail tbody tr').nth(2).waitFor();

      await page.getByRole('link', { name: /^详情：宣讲完成/ }).click();
      await page.getByRole('heading', { name: '事件详情：宣讲完成' }).waitFor();
      const evidence = page.locator('#event-data [data-field="evidence"] dd');
      expect(await evidence.textContent()).toContain(lecture.fileName);
      expect(await evidence.textContent()).toContain(lecture.fileSha256);
      const first = (await call(api.url, 'GET', `/audit/commits/${lecture.streamId}/1`)).body;
      const second = (await call(api.url, 'GET', `/audit/commits/${lecture.streamId}/2`)).body;
      const text = (field: string) => page.locator(`#commit-facts [data-field="${field}"] dd`);
      expect((await text('hash').textContent())?.trim()).toBe(second.hash);
      expect((await text('prevHash').textContent())?.trim()).toBe(first.hash);
      expect(await page.locator('#commit-facts').textContent()).toContain('该记录的第 2 次提交');
      expect(await page.locator('.commit-events li').allTextContents()).toEqual([
        expect.stringContaining('宣讲完成（本事件）'),
      ]);
      await page.getByText('原始数据（JSON）').click();
      expect(JSON.parse((await page.locator('pre.raw').textContent()) ?? '')).toMatchObject({
        type: 'LectureDelivered',
        eventId: second.events[0].eventId,
      });
      await look(page, 'event', screen);

      const replacement = uniquePdf('被替换的文件');
      replaceOnDisk(api.runtime.config.dataDir, lecture.fileSha256, replacement);
      await page.getByRole('link', { name: '完整性校验' }).first().click();
      await page.locator('#verdict').waitFor();
      expect(await page.locator('#verdict').textContent()).toContain('发现问题');
      const problem = page.locator('.problems li', { hasText: lecture.fileName });
      expect(await problem.locator('h3').textContent()).toBe('佐证文件被替换或改动');
      const said = await problem.textContent();
      expect(said).toContain(`宣讲 ${lecture.streamId} 的第 2 次提交`);
      expect(said).toContain(lecture.fileSha256);
      expect(said).toContain(sha256(replacement));
      await look(page, 'verify-problem', screen);

      await problem.getByRole('link', { name: /^查看相关事件/ }).click();
      await page.getByRole('heading', { name: '事件详情：宣讲完成' }).waitFor();
      await page.close();
    });

  for (const screen of SCREENS)
    it(`sign-in refuses a wrong password at the form, locks after five failures with the wait, and refuses a write without the CSRF token (${screen})`, async () => {
      const person = await invitedPerson(api.url, `审计员${screen}`, { role: 'auditor' });
      const page = await openWorkbench(browser, api.url, screen);
      await page.getByRole('heading', { name: '登录' }).waitFor();
      const tryPassword = async (password: string) => {
        await page.getByLabel('用户名').fill(person.login);
        await page.getByLabel('密码', { exact: true }).fill(password);
        const answered = page.waitForResponse(
          (r) => r.url().endsWith('/session') && r.request().method() === 'POST',
        );
        await page.getByRole('button', { name: '登录' }).click();
        await answered;
        await page.getByRole('button', { name: '登录' }).waitFor();
        return page.locator('form [role="alert"]').textContent();
      };
      for (let failure = 1; failure <= 4; failure++)
        expect(await tryPassword(`错误的密码-${failure}`)).toBe('用户名或密码不正确。');
      await look(page, 'sign-in-wrong', screen);
      expect(await tryPassword('错误的密码-5')).toBe(
        '连续输错密码次数过多，账号已暂时锁定。请 15 分钟后再试。',
      );
      expect(await tryPassword(person.password)).toContain('账号已暂时锁定');
      await look(page, 'sign-in-locked', screen);
      await page.close();

      const signedIn = await openWorkbench(browser, api.url, screen);
      await signInAs(signedIn, auditor);
      const refused = await signedIn.evaluate(async () => {
        const answer = await fetch('/session', { method: 'DELETE', credentials: 'same-origin' });
        return { status: answer.status, code: ((await answer.json()) as { code: string }).code };
      });
      expect(refused).toEqual({ status: 403, code: 'AUTH.CSRF_INVALID' });
      expect(await signedIn.evaluate(async () => (await fetch('/session')).status)).toBe(200);
      await signedIn.close();
    });

  for (const screen of SCREENS)
    it(`opens the reports from the workbench with the session, no token (${screen})`, async () => {
      const page = await openWorkbench(browser, api.url, screen);
      await signInAs(page, auditor);
      await page.getByRole('link', { name: '报表看板' }).first().click();
      await page.getByRole('heading', { name: '报表看板', level: 1 }).waitFor();
      await page.locator('#campaign').waitFor();
      expect(await page.locator('#message').isVisible()).toBe(false);
      await look(page, 'dashboard', screen);
      await page.getByRole('link', { name: '科技社团党建工作台' }).click();
      await page.getByRole('heading', { name: '您好，审计员李明' }).waitFor();
      await page.close();

      const stranger = await browser.newPage();
      await stranger.goto(`${api.url}/dashboard/`);
      await stranger.getByLabel('用户名').waitFor();
      expect(await stranger.locator('#campaign').count()).toBe(0);
      await stranger.close();
    });
});
