import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { startDashboard } from './support/dashboard-browser';
import { CRITERIA, draftRound, sheet } from './support/star-rating';
import {
  invitedPerson,
  openWorkbench,
  signInAs,
  type Person,
  type Screen,
} from './support/workbench';
import { looked as lookedAt, section, TODAY, YEAR } from './support/yearly-pages';

jest.setTimeout(120000);

describe('the society’s pages of the yearly cycle in a browser (embedded mode)', () => {
  let api: Api;
  let browser: Browser;
  let client: ApiClient;
  let roundId: string;
  let batchId: string;
  const secretaries = new Map<Screen, { person: Person; societyId: string }>();

  beforeAll(async () => {
    ({ api, browser } = await startDashboard('workbench-yearly'));
    client = new ApiClient(api.url);
    const inspector = await client.member('赵督导', 'member');
    for (const screen of ['desktop', 'phone'] as const) {
      const societyId = await client.society(`天津市${screen === 'desktop' ? '机械' : '化工'}学会`);
      await client.expect(200, 'POST', `/societies/${societyId}/party-organisation`, {
        form: 'branch',
        seat: 'council',
        groups: false,
        secretary: '李书记',
        memberCount: 10,
      });
      const person = await invitedPerson(api.url, `${screen}书记`, { role: 'society', societyId });
      secretaries.set(screen, { person, societyId });
    }
    roundId = await draftRound(client, YEAR);
    await client.expect(200, 'POST', `/star-rating-rounds/${roundId}/open`);
    await lastYearPublished();
    batchId = (
      await client.expect(201, 'POST', '/inspection-batches', {
        title: `${YEAR}年度督导抽查`,
        focus: ['组织生活'],
        population: {},
        inspectorIds: [inspector],
        sampleSize: 2,
      })
    ).body.id;
    await client.expect(200, 'POST', `/inspection-batches/${batchId}/draw`, {});
    for (const { societyId } of secretaries.values()) {
      const path = `/inspection-batches/${batchId}/societies/${societyId}`;
      await client.expect(200, 'POST', `${path}/visit`, {
        visitedOn: TODAY,
        inspectorIds: [inspector],
      });
      const finding = randomUUID();
      await client.expect(201, 'POST', `${path}/findings`, {
        id: finding,
        category: '组织生活',
        description: '党小组会记录不全',
        severity: 'minor',
      });
      await client.expect(201, 'POST', `${path}/rectification-items`, {
        findingId: finding,
        action: '补全党小组会记录',
        dueOn: `${YEAR + 1}-06-30`,
      });
    }
  });
  /** Last year's round, published: each society's stars, decided by the office, show on its page. */
  async function lastYearPublished() {
    const round = await draftRound(client, YEAR - 1);
    const step = (action: string, body?: unknown) =>
      client.expect(200, 'POST', `/star-rating-rounds/${round}/${action}`, body);
    await step('open');
    const rating = (societyId: string) => `/star-rating-rounds/${round}/societies/${societyId}`;
    for (const { societyId } of secretaries.values())
      await client.expect(200, 'POST', `${rating(societyId)}/self-assessment`, {
        items: sheet([15, 20, 20, 10]),
      });
    await step('start-review');
    for (const { societyId } of secretaries.values())
      await client.expect(200, 'POST', `${rating(societyId)}/decision`, {
        stars: 4,
        reason: '党委审议',
      });
    await step('publish', { publishedOn: `${YEAR - 1}-12-20` });
  }

  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  const looked = (page: Page, step: string, screen: Screen) =>
    lookedAt(page, 'yearly', step, screen);

  const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`);

  /** A file listed as attached to the item at `index` of the self-assessment sheet. */
  const attachedTo = (page: Page, index: number, name: string) =>
    page
      .locator('.field', { has: page.locator(`#evidence-${index}`) })
      .locator('[data-evidence]')
      .filter({ hasText: name });

  /** The names of the files the society's self-assessment records, by item. */
  async function evidenceNames(societyId: string): Promise<Record<string, string[]>> {
    const rating = await client.expect(
      200,
      'GET',
      `/star-rating-rounds/${roundId}/societies/${societyId}`,
    );
    const items = rating.body.selfAssessment.items as {
      code: string;
      evidence: { name: string }[];
    }[];
    return Object.fromEntries(items.map((item) => [item.code, item.evidence.map((e) => e.name)]));
  }

  async function recordMeeting(
    page: Page,
    meeting: { kind: string; topic: string; present: string; expected: string },
  ) {
    await page.getByRole('link', { name: '记录组织生活' }).click();
    await page.getByRole('heading', { name: '记录组织生活', level: 1 }).waitFor();
    await page.getByLabel('类别', { exact: true }).selectOption(meeting.kind);
    await page.getByLabel('召开日期').fill(TODAY);
    await page.getByLabel('主题').fill(meeting.topic);
    await page.getByLabel('主持人').fill('李书记');
    await page.getByLabel('实到人数').fill(meeting.present);
    await page.getByLabel('应到人数').fill(meeting.expected);
    await page.getByRole('button', { name: '保存记录' }).click();
  }

  /** The record changes behind the page's back: its next write carries a version now old. */
  async function someoneElseCorrects(recordId: string) {
    const path = `/organisational-life/${recordId}`;
    const read = await client.expect(200, 'GET', path);
    const { kind, heldOn, topic, host, present, expected } = read.body;
    await client.expect(
      200,
      'POST',
      `${path}/correction`,
      {
        kind,
        heldOn,
        topic,
        host: `${host}、张委员`,
        present,
        expected,
        reason: '由党委办公室核对主持人',
      },
      { 'if-match': `"${read.body.version}"` },
    );
  }

  for (const screen of ['desktop', 'phone'] as const) {
    it(`lets a secretary record, correct and withdraw meetings, self-assess and report a rectification on the ${screen}`, async () => {
      const { person } = secretaries.get(screen)!;
      const page = await openWorkbench(browser, api.url, screen);
      await signInAs(page, person);
      await looked(page, 'home', screen);

      await section(page, '组织生活');
      await page.getByRole('heading', { name: '组织生活', level: 1 }).waitFor();
      await page.getByText('本季度暂无组织生活记录。').waitFor();
      expect(await figure(page, 'met').textContent()).toBe('0');
      await looked(page, 'life-empty', screen);

      await recordMeeting(page, {
        kind: 'party-lecture',
        topic: '学习贯彻党的二十大精神专题党课',
        present: '25',
        expected: '20',
      });
      const presentError = page.locator('#life-present-error');
      await presentError.waitFor();
      expect(await presentError.textContent()).toBe('实到人数不能多于应到人数');
      expect(await page.getByLabel('实到人数').getAttribute('aria-invalid')).toBe('true');
      await looked(page, 'life-field-error', screen);
      await page.getByLabel('实到人数').fill('18');
      await page.getByRole('button', { name: '保存记录' }).click();
      await page.getByRole('status').filter({ hasText: '已记录这次组织生活' }).waitFor();

      await recordMeeting(page, {
        kind: 'committee-meeting',
        topic: '支委会研究发展党员工作',
        present: '5',
        expected: '5',
      });
      await page.getByRole('heading', { name: '记录（2）' }).waitFor();
      expect(await figure(page, 'met').textContent()).toBe('2');
      await looked(page, 'life-list', screen);

      await page.getByRole('link', { name: '学习贯彻党的二十大精神专题党课' }).click();
      await page.getByLabel('更正原因').waitFor();
      await someoneElseCorrects(page.url().split('/').pop()!);
      await page.locator('#correct-host').fill('王副书记');
      await page.getByLabel('更正原因').fill('主持人记错');
      await page.getByRole('button', { name: '保存更正' }).click();
      await page.getByText('此记录已被他人修改，您的修改没有保存').waitFor();
      await looked(page, 'life-stale', screen);
      await page.getByRole('button', { name: '重新载入' }).click();
      await page.getByText('更正：由党委办公室核对主持人').waitFor();
      await page.locator('#correct-present').fill('19');
      await page.getByLabel('更正原因').fill('补录签到表，实到人数更正为19人');
      await page.getByRole('button', { name: '保存更正' }).click();
      await page.getByRole('status').filter({ hasText: '已更正' }).waitFor();
      await page.getByText('更正：补录签到表，实到人数更正为19人').waitFor();
      await looked(page, 'life-corrected', screen);

      await page.getByRole('link', { name: '返回组织生活' }).click();
      await page.getByRole('link', { name: '支委会研究发展党员工作' }).click();
      await page.getByLabel('撤回原因').fill('重复录入，以另一条记录为准');
      await page.getByRole('button', { name: '撤回此记录' }).click();
      await page.getByRole('status').filter({ hasText: '已撤回' }).waitFor();
      await looked(page, 'life-withdrawn-record', screen);

      await page.getByRole('link', { name: '返回组织生活' }).click();
      await page.getByRole('heading', { name: '已撤回（1）' }).waitFor();
      await page.getByText('撤回原因：重复录入，以另一条记录为准').waitFor();
      expect(await figure(page, 'met').textContent()).toBe('1');
      await looked(page, 'life-after', screen);

      await section(page, '星级评定');
      await page.getByRole('link', { name: `填写${YEAR}年度自评` }).click();
      const points = [18, 25, 20, 9];
      // A1 is worth 20 at most: 21 is refused at its own field.
      await page.getByLabel(`A1 ${CRITERIA[0]!.description}`).fill('21');
      for (const index of [1, 2, 3])
        await page.locator(`#score-${index}`).fill(String(points[index]));
      // A photo bears out B1: attached to that item, uploaded as soon as it is chosen.
      await page
        .getByLabel('B1 佐证材料（选填：照片或 PDF）')
        .setInputFiles(join(__dirname, 'fixtures', 'evidence', '宣讲现场.jpg'));
      const photo = attachedTo(page, 1, '宣讲现场.jpg');
      await photo.waitFor();
      await page.getByRole('button', { name: '提交自评' }).click();
      const above = page.locator('#score-0-error');
      await above.waitFor();
      // The refusal keeps what was attached.
      expect(await photo.count()).toBe(1);
      await looked(page, 'self-assessment-error', screen);
      await page.getByLabel(`A1 ${CRITERIA[0]!.description}`).fill('18');
      const total = points.reduce((sum, one) => sum + one, 0);
      expect(await figure(page, 'total').textContent()).toBe(String(total));
      await page.getByRole('button', { name: '提交自评' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `已提交自评，合计 ${total} 分` })
        .waitFor();
      await looked(page, 'self-assessment', screen);
      // Read again, the page lists the photo at its item, and only there.
      await page.reload();
      await photo.waitFor();
      expect(await page.locator('[data-evidence]').count()).toBe(1);
      await looked(page, 'self-assessment-read-again', screen);
      expect(await evidenceNames(secretaries.get(screen)!.societyId)).toEqual({
        A1: [],
        B1: ['宣讲现场.jpg'],
        C1: [],
        D1: [],
      });
      await page.getByRole('link', { name: '返回星级评定' }).click();
      await page.getByText(`已提交自评，合计 ${total} /`).waitFor();
      await page.getByText('当前星级：4 星').waitFor();
      await looked(page, 'star-ratings', screen);
      // A later submission replaces the earlier one, sent with the version read.
      await page.getByRole('link', { name: `修改${YEAR}年度自评` }).click();
      await page.locator('#score-3').fill('19');
      await page.getByRole('button', { name: '提交自评' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `合计 ${total + 10} 分` })
        .waitFor();
      await page.getByText('已提交自评 2 次').waitFor();
      // The later submission sends the photo read with the sheet: it stays attached.
      expect((await evidenceNames(secretaries.get(screen)!.societyId)).B1).toEqual([
        '宣讲现场.jpg',
      ]);

      await section(page, '督导整改');
      await page.getByRole('heading', { name: `${YEAR}年度督导抽查` }).waitFor();
      await page.getByText('待整改').waitFor();
      await looked(page, 'rectification', screen);
      await page.getByLabel('整改情况').fill('已补全2026年党小组会记录');
      await page
        .locator('input[type="file"]')
        .setInputFiles(join(__dirname, 'fixtures', 'evidence', '会议记录.pdf'));
      await page.locator('[data-evidence]').filter({ hasText: '会议记录.pdf' }).waitFor();
      await page.getByRole('button', { name: '报告整改完成' }).click();
      await page.getByRole('status').filter({ hasText: '已报告整改完成' }).waitFor();
      await page.getByText('已报告，待督导组确认').waitFor();
      await looked(page, 'rectification-reported', screen);
      await page.close();
    });
  }
});
