import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { startDashboard } from './support/dashboard-browser';
import { VIEWPORTS, type Screen } from './support/workbench';
import { looked as lookedAt } from './support/yearly-pages';

jest.setTimeout(120000);

const USED = '邀请链接无效、已使用或已过期，请联系党委办公室重新发送。';

describe('the invitation page in a browser (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let client: ApiClient;

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-invitation'));
    client = new ApiClient(api.url);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  const looked = (page: Page, step: string, screen: Screen) =>
    lookedAt(page, 'invitation', step, screen);

  /** The one-time link as the office sends it, opened on a new page (no session of its own). */
  async function opened(token: string, screen: Screen): Promise<Page> {
    const page = await browser.newPage({ viewport: VIEWPORTS[screen] });
    await page.goto(`${api.url}/app/#/invitation/${token}`);
    await page.getByRole('heading', { name: '设置密码', level: 1 }).waitFor();
    return page;
  }

  it('a secretary invited by the office sets a password on a phone, is refused at each field first, and the link then says it was used', async () => {
    const societyId = await client.society('天津市邀请测试学会');
    const invited = await client.expect(201, 'POST', '/accounts', {
      login: `secretary.${randomUUID().slice(0, 8)}`,
      displayName: '孙书记',
      role: 'society',
      societyId,
    });
    const token = invited.body.invitation.token as string;

    const page = await opened(token, 'phone');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByText('欢迎使用科技社团党建工作台').waitFor();
    await looked(page, 'open', 'phone');

    // Too short: the API's refusal is said at the password's own field.
    await page.getByLabel('新密码', { exact: true }).fill('短密码123');
    await page.getByLabel('再次输入新密码').fill('短密码123');
    await page.getByRole('button', { name: '设置密码并登录' }).click();
    const short = page.locator('#new-password-error');
    await short.waitFor();
    expect(await short.textContent()).toBe('密码需为 10 到 200 个字符');
    expect(await page.locator('#new-password').getAttribute('aria-invalid')).toBe('true');
    await looked(page, 'too-short', 'phone');

    // Two passwords that differ: said at the second field, and nothing is sent.
    const password = `党建工作台-${randomUUID().slice(0, 8)}`;
    await page.getByLabel('新密码', { exact: true }).fill(password);
    await page.getByLabel('再次输入新密码').fill(`${password}x`);
    await page.getByRole('button', { name: '设置密码并登录' }).click();
    const differ = page.locator('#repeat-password-error');
    expect(await differ.textContent()).toBe('两次输入的密码不一致');
    expect(await page.locator('#repeat-password').getAttribute('aria-invalid')).toBe('true');
    expect(await short.count()).toBe(0);
    await looked(page, 'differ', 'phone');
    // The link was not used by the refused tries: it still sets the password.
    await page.getByLabel('再次输入新密码').fill(password);
    expect(await differ.count()).toBe(0);
    await page.getByRole('button', { name: '设置密码并登录' }).click();
    await page.getByRole('heading', { name: '您好，孙书记' }).waitFor();
    expect(page.url()).toBe(`${api.url}/app/#/`);
    const me = await page.evaluate(`fetch('/session').then((r) => r.json())`);
    expect(me).toMatchObject({ account: { displayName: '孙书记', role: 'society', societyId } });
    await looked(page, 'signed-in', 'phone');
    await page.close();

    // The same link again, elsewhere: said plainly, with the way to sign in instead.
    const again = await opened(token, 'phone');
    await again.getByLabel('新密码', { exact: true }).fill(password);
    await again.getByLabel('再次输入新密码').fill(password);
    await again.getByRole('button', { name: '设置密码并登录' }).click();
    await again.getByRole('alert').filter({ hasText: USED }).waitFor();
    expect(await again.getByLabel('新密码', { exact: true }).count()).toBe(0);
    await looked(again, 'used', 'phone');
    await again.getByRole('link', { name: '前往登录' }).click();
    await again.getByRole('heading', { name: '登录', level: 1 }).waitFor();
    await again.close();
  });

  it.each<Screen>(['desktop', 'phone'])(
    'on the %s a link of an unknown token says so, at once when it cannot be one',
    async (screen) => {
      const unknown = await opened(`unknown-${randomUUID().replaceAll('-', '')}`, screen);
      await unknown.getByLabel('新密码', { exact: true }).fill('一个足够长的新密码-abc');
      await unknown.getByLabel('再次输入新密码').fill('一个足够长的新密码-abc');
      await unknown.getByRole('button', { name: '设置密码并登录' }).click();
      await unknown.getByRole('alert').filter({ hasText: USED }).waitFor();
      await looked(unknown, 'unknown', screen);
      await unknown.close();

      // Not of the shape of a token at all: no form to fill in vain.
      const malformed = await opened('abc', screen);
      await malformed.getByRole('alert').filter({ hasText: USED }).waitFor();
      expect(await malformed.getByRole('button', { name: '设置密码并登录' }).count()).toBe(0);
      await malformed.close();
    },
  );
});
