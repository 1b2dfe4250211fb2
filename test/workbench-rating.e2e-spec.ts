import type { Browser, Page } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { fitsTheScreen, startDashboard } from './support/dashboard-browser';
import { call } from './support/http';
import {
  invitedPerson,
  keep,
  openWorkbench,
  seriousViolations,
  signInAs,
  type Screen,
  VIEWPORTS,
} from './support/workbench';

/** The flow of a society's service task from the need to the people's rating, on each screen. */
describe("the workbench's service tasks and the people's rating", () => {
  let api: Api;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-rating'));
  });

  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  async function looksRight(page: Page, step: string, screen: Screen) {
    await keep(page, 'rating', step, screen);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsTheScreen(page)).toBe(true);
  }

  /** A code's page opened straight from its QR code, on a phone. */
  async function openPhone(url: string): Promise<Page> {
    const phone = await browser.newPage({ viewport: VIEWPORTS.phone });
    phone.on('dialog', (dialog) => {
      throw new Error(`the page opened a dialog: ${dialog.message()}`);
    });
    await phone.goto(`${api.url}${url}`);
    return phone;
  }

  /** The phone page of one code: rates it and sees the thanks. */
  async function rateOnPhone(url: string, score: number, screen: Screen, shot?: string) {
    const phone = await openPhone(url);
    await phone.getByRole('heading', { name: '群众评价' }).waitFor();
    await phone.getByText('您对这件实事满意吗？').waitFor();
    if (shot) await looksRight(phone, `${shot}-form`, screen);
    await phone.getByRole('radio', { name: new RegExp(`^${score} 星`) }).check();
    if (score === 5) await phone.getByLabel('意见建议（选填）').fill('讲解耐心，很实用');
    await phone.getByRole('button', { name: '提交评价' }).click();
    await phone.getByText('感谢您的评价！').waitFor();
    if (shot) await looksRight(phone, `${shot}-thanks`, screen);
    return phone;
  }

  for (const screen of ['desktop', 'phone'] as const)
    it(`runs a task to completion, prints codes, takes three ratings and shows their mean (${screen})`, async () => {
      const name = `科普学会${screen}`;
      const societyId = (await call(api.url, 'POST', '/societies', { name, kind: 'society' })).body
        .id as string;
      const secretary = await invitedPerson(api.url, `党支部书记${screen}`, {
        role: 'society',
        societyId,
      });
      const page = await openWorkbench(browser, api.url, screen);
      await signInAs(page, secretary);
      await page.getByRole('link', { name: '我为群众办实事' }).first().click();
      await page.getByRole('heading', { name: '我为群众办实事' }).waitFor();
      await page.getByText('还没有实事项目').waitFor();
      await looksRight(page, 'list-empty', screen);

      // A need refused at the field it names, then proposed.
      await page.getByRole('button', { name: '提出需求' }).click();
      await page.locator('#title-error').waitFor();
      await looksRight(page, 'propose-refused', screen);
      await page.getByLabel('实事项目名称').fill('为社区老人开展防诈骗科普讲座');
      await page
        .getByLabel('群众需求', { exact: true })
        .fill('社区老人反映电信诈骗多发，希望学会讲一讲');
      await page.getByLabel('需求提出方').fill('和平区社区居委会');
      await page.getByLabel('服务对象').selectOption('science-workers');
      await page.getByRole('button', { name: '提出需求' }).click();
      await page.getByRole('heading', { name: '为社区老人开展防诈骗科普讲座' }).waitFor();

      await page.getByLabel('办结时限').fill('2026-12-31');
      await page.getByRole('button', { name: '承接', exact: true }).click();
      await page.getByRole('heading', { name: '记录进展' }).waitFor();
      // Someone else records progress meanwhile: the page says so and reads the task again.
      const taskId = page.url().split('/service-tasks/')[1];
      await call(api.url, 'POST', `/service-tasks/${taskId}/progress`, {
        note: '办公室已协调场地',
      });
      await page.getByLabel('进展情况').fill('已联系市公安局反诈中心民警');
      await page.getByRole('button', { name: '记录进展' }).click();
      await page.getByText('此实事已被他人修改').waitFor();
      await looksRight(page, 'stale', screen);
      await page.getByRole('button', { name: '重新读取' }).click();
      await page.getByText('办公室已协调场地').waitFor();
      await page.getByRole('button', { name: '记录进展' }).click();
      await page.getByText('已联系市公安局反诈中心民警').first().waitFor();
      await page.getByLabel('办理成效').fill('举办防诈骗讲座一场');
      await page.getByLabel('受益人数').fill('60');
      await page.getByRole('button', { name: '办结', exact: true }).click();
      await page.getByRole('button', { name: '开启群众评价' }).waitFor();
      await looksRight(page, 'completed', screen);

      await page.getByLabel('评价码数量（服务对象人数）').fill('4');
      await page.getByRole('button', { name: '开启群众评价' }).click();
      await page.getByText('评价进行中').waitFor();
      await page.getByRole('link', { name: '打印评价码' }).click();
      await page.getByRole('heading', { name: '打印评价码' }).waitFor();
      await page.locator('.code-card svg').nth(3).waitFor();
      expect(await page.locator('.code-card').count()).toBe(4);
      await looksRight(page, 'codes', screen);
      await page.emulateMedia({ media: 'print' });
      await keep(page, 'rating', 'codes-print', screen);
      await page.emulateMedia({ media: 'screen' });

      const codes = (await call(api.url, 'GET', `/service-tasks/${taskId}/rating/codes`)).body
        .codes as { url: string }[];
      const first = await rateOnPhone(codes[0].url, 5, screen, 'phone');
      await (await rateOnPhone(codes[1].url, 4, screen)).close();
      await (await rateOnPhone(codes[2].url, 3, screen)).close();

      // The first code again: it says it was used.
      await first.reload();
      await first.getByText('此评价码已经使用过').waitFor();
      await looksRight(first, 'phone-used', screen);
      await first.close();
      const unknown = await openPhone(`/app/#/rate/${taskId}/AAAAAAAAAAAA`);
      await unknown.getByText('评价码无效').waitFor();
      await looksRight(unknown, 'phone-unknown', screen);
      await unknown.close();

      await page.getByRole('link', { name: '← 返回实事详情' }).click();
      await page.getByText('已有 3 人评价').waitFor();
      await page.getByRole('button', { name: '结束评价' }).click();
      const evaluation = page.locator('[data-evaluation]');
      await evaluation.waitFor();
      expect(await evaluation.locator('[data-figure="mean"]').textContent()).toBe('4.00');
      expect(await evaluation.locator('[data-figure="raters"]').textContent()).toBe('3');
      await page.getByText('群众扫码评价').waitFor();
      await looksRight(page, 'evaluated', screen);

      // The last code after the rating closed.
      const late = await openPhone(codes[3].url);
      await late.getByText('本次评价已经结束').waitFor();
      await looksRight(late, 'phone-closed', screen);
      await late.close();
      await page.close();
    }, 120_000);
});
