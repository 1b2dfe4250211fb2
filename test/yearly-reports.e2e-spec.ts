import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { BATCH_REPORT_SHEETS } from '../apps/api/src/inspection-reports/batch-report.export';
import { ROUND_REPORT_SHEETS } from '../apps/api/src/star-rating-reports/round-report.export';
import { ApiClient } from './support/api-client';
import { bearer, TEST_JWT_SECRET } from './support/auth';
import { waitForViewsToCatchUp } from './support/expectations';
import { InspectionClient, memberToken } from './support/inspection-client';
import { as, draftRound, ratingCast, ratingPath, sheet } from './support/star-rating';

jest.setTimeout(120000);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const byName = new Intl.Collator('zh-CN').compare;

/**
 * The yearly reports through HTTP in embedded mode: a round's report and a batch's report,
 * live, as of a moment before later events, and as the workbook the office sends upward.
 */
describe('the yearly reports over HTTP', () => {
  let api: Api;
  let client: ApiClient;

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-yearly-reports-')),
        PORT: '0',
      }),
      { logger: false },
    );
    client = new ApiClient(api.url);
  });
  afterAll(async () => {
    await api.app.close();
  });

  /** The report once the views hold every event so far. */
  const report = async (path: string, query = '', token?: string) => {
    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
    const headers = token ? as(token) : undefined;
    return (await client.expect(200, 'GET', `${path}/report${query}`, undefined, headers)).body;
  };
  /** A moment after everything so far and before anything next. */
  const moment = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const now = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    return `?asOf=${encodeURIComponent(now)}`;
  };
  /** The report through the occurred timeline: as of now it holds all; before 2022 nothing. */
  const expectOccurredTimeline = async (path: string, live: any, code: string) => {
    const now = encodeURIComponent(new Date().toISOString());
    const occurred = await report(path, `?asOf=${now}&timeline=occurred`);
    expect(occurred.rectification ?? occurred.progress).toEqual(
      live.rectification ?? live.progress,
    );
    const early = `${path}/report?asOf=2021-09-01T00:00:00%2B08:00&timeline=occurred`;
    expect((await client.expect(404, 'GET', early)).body.code).toBe(code);
    const sideways = await client.expect(400, 'GET', `${path}/report?timeline=sideways`);
    expect(sideways.body.field).toBe('timeline');
  };
  /** The per-society table as the CSV Excel opens: a BOM, the header row, one row a society. */
  const csvRows = async (path: string, header: string) => {
    const response = await fetch(`${api.url}${path}/report?format=csv`, {
      headers: await bearer(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/\.csv"; filename\*=UTF-8''/);
    const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(text.startsWith(`\uFEFF${header}`)).toBe(true);
    return text.slice(1).trimEnd().split('\r\n').slice(1);
  };
  const workbook = async (path: string) => {
    const response = await fetch(`${api.url}${path}/report?format=xlsx`, {
      headers: await bearer(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
    const book = new Workbook();
    await book.xlsx.load((await response.arrayBuffer()) as never);
    return book;
  };

  it('reports a round: progress, distribution, averages, totals and differences; as of before the reviews', async () => {
    const { members, societies, tokens } = await ratingCast(client);
    const round = await draftRound(client, 2025);
    const path = `/star-rating-rounds/${round}`;
    const post = (p: string, body: unknown = {}, token?: string) =>
      client.expect(200, 'POST', p, body, token ? as(token) : undefined);
    const rating = (s: keyof typeof societies, action: string) =>
      `${ratingPath(round, societies[s])}/${action}`;
    await post(`${path}/open`);
    await post(rating('s1', 'self-assessment'), { items: sheet([18, 25, 24, 16]) }, tokens.s1);
    await post(rating('s2', 'self-assessment'), { items: sheet([20, 28, 27, 18]) }, tokens.s2);
    await post(rating('s3', 'self-assessment'), { items: sheet([15, 20, 20, 15]) }, tokens.s3);
    const beforeReview = await moment();

    await post(`${path}/start-review`);
    const review = (s: keyof typeof societies, token: string, points: number[]) =>
      post(rating(s, 'reviews'), { items: sheet(points) }, token);
    await review('s1', tokens.b, [16, 22, 20, 14]);
    await review('s1', tokens.c, [15, 21, 20, 15]);
    await review('s2', tokens.a, [19, 27, 26, 18]);
    await review('s2', tokens.b, [18, 26, 25, 17]);
    await review('s3', tokens.a, [14, 18, 18, 14]);
    await post(rating('s3', 'reviews'), { items: sheet([14, 18, 18, 12]), reviewerId: members.b });
    await post(rating('s1', 'decision'));
    const reason = '科普工作成效突出，经审议提升一星';
    await post(rating('s2', 'decision'), { stars: 7, reason });
    await post(rating('s3', 'decision'));
    await post(rating('s4', 'decision'));
    await post(`${path}/publish`, { publishedOn: '2026-03-20' });
    await post(rating('s2', 'withdrawal'), { reason: '未按期换届', effectiveOn: '2026-09-01' });

    const live = await report(path);
    expect(live.progress).toEqual({
      societies: 4,
      selfAssessed: 3,
      reviewed: 3,
      decided: 4,
      published: 4,
    });
    // Decided: s4 0 (nothing submitted), s3 4 (63), s1 5 (71.5), s2 7 (88, thresholds 6).
    // Current today (after 2026-09-01): s2 withdrawn to 0.
    expect(live.distribution.map((c: any) => c.decided)).toEqual([1, 0, 0, 0, 1, 1, 0, 1, 0]);
    expect(live.distribution.map((c: any) => c.current)).toEqual([2, 0, 0, 0, 1, 1, 0, 0, 0]);
    // Self (s1, s2, s3): (18+20+15)/3, (25+28+20)/3, (24+27+20)/3, (16+18+15)/3, 246/3.
    // Reviewed: s1 15.5/21.5/20/14.5, s2 18.5/26.5/25.5/17.5, s3 14/18/18/13 → 48/3, 66/3,
    // 63.5/3, 45/3 and (71.5+88+63)/3.
    expect(live.categories).toEqual([
      { category: '组织建设', maxPoints: 20, self: 17.67, reviewed: 16 },
      { category: '思想政治引领', maxPoints: 30, self: 24.33, reviewed: 22 },
      { category: '作用发挥', maxPoints: 30, self: 23.67, reviewed: 21.17 },
      { category: '制度建设', maxPoints: 20, self: 16.33, reviewed: 15 },
      { category: '总分', maxPoints: 100, self: 82, reviewed: 74.17 },
    ]);
    // 化 (huà) < 机 (jī) < 农 (nóng) < 药 (yào).
    const order = ['s2', 's1', 's3', 's4'] as const;
    expect(live.societies.map((r: any) => r.societyId)).toEqual(order.map((s) => societies[s]));
    expect(
      live.societies.map((r: any) => [r.self?.total ?? null, r.reviewed?.total ?? null]),
    ).toEqual([
      [93, 88],
      [83, 71.5],
      [70, 63],
      [null, null],
    ]);
    expect(live.societies[0]).toMatchObject({
      decidedStars: 7,
      defaultStars: 6,
      reason,
      currentStars: 0,
    });
    expect(live.differences.map((d: any) => d.difference)).toEqual([11.5, 7, 5]);

    const then = await report(path, beforeReview);
    expect(then.round.status).toBe('open');
    expect(then.progress).toEqual({
      societies: 3,
      selfAssessed: 3,
      reviewed: 0,
      decided: 0,
      published: 0,
    });
    expect(then.distribution.every((c: any) => c.decided === 0 && c.current === 0)).toBe(true);
    expect(then.differences).toEqual([]);

    await expectOccurredTimeline(path, live, 'STAR_RATING_ROUND.NOT_FOUND');
    const rows = await csvRows(path, '序号,学会名称,自评总分,');
    expect(rows.map((row) => row.split(',')[1])).toEqual(live.societies.map((r: any) => r.name));
    expect(rows[0]).toContain(',93,2,88,88,6星,7星,' + reason + ',是,0星,');

    const book = await workbook(path);
    expect(book.worksheets.map((s) => s.name)).toEqual(Object.values(ROUND_REPORT_SHEETS));
    const names = book.getWorksheet('按学会')!.getColumn(2).values.slice(2);
    expect(names).toEqual(live.societies.map((r: any) => r.name));
    expect(names).toEqual([...names].sort((a, b) => byName(String(a), String(b))));

    await client.expect(404, 'GET', `/star-rating-rounds/${randomUUID()}/report`);
    const bad = await client.expect(400, 'GET', `${path}/report?asOf=2026-01-01`);
    expect(bad.body.field).toBe('asOf');
    await client.expect(403, 'GET', `${path}/report`, undefined, as(tokens.a));
  });

  it('reports a batch: sample, findings, rectification rate and overdue items; as of before the later events', async () => {
    const societies: string[] = [];
    for (const name of [
      '天津市化学会',
      '北京市物理学会',
      '上海市药学会',
      '广东省林学会',
      '河北省农学会',
    ]) {
      const id = await client.society(`${name}-${randomUUID().slice(0, 4)}`);
      societies.push(id);
      await client.expect(200, 'POST', `/societies/${id}/party-organisation`, {
        form: 'committee',
        secretary: '书记',
        memberCount: 9,
      });
    }
    const added = await client.society('新能源汽车产业协会');
    const [a, c, outsider] = [randomUUID(), randomUUID(), randomUUID()];
    const batch = await InspectionClient.plan(client, {
      title: '2026年第一批学会党委督导抽查',
      focus: ['学习宣传贯彻'],
      population: { partyOrganisationForms: ['committee'] },
      inspectorIds: [a, c],
      sampleSize: 3,
    });
    await client.expect(200, 'POST', batch.path(undefined, '/draw'), {});
    const drawn: string[] = (await batch.batch(2)).draw.societyIds;
    const [d1, d2, d3] = drawn as [string, string, string];
    const inspect = async (society: string, findings: [string, string, string][]) => {
      const visit = { visitedOn: '2025-03-01', inspectorIds: [a] };
      await batch.post(200, null, society, '/visit', visit);
      const items: string[] = [];
      for (const [category, severity, dueOn] of findings) {
        const [finding, item] = [randomUUID(), randomUUID()];
        const found = { id: finding, category, description: `${category}方面存在问题`, severity };
        await batch.post(201, null, society, '/findings', found);
        const action = { id: item, findingId: finding, action: `${category}整改`, dueOn };
        await batch.post(201, null, society, '/rectification-items', action);
        items.push(item);
      }
      return items;
    };
    const [i1] = await inspect(d1, [
      ['学习宣传贯彻', 'minor', '2025-04-30'],
      ['党委工作和议事制度', 'major', '2099-12-31'],
    ]);
    const [i3] = await inspect(d2, [['学习宣传贯彻', 'minor', '2025-04-30']]);
    await inspect(d3, []);
    const beforeAdded = await moment();

    await client.expect(200, 'POST', batch.path(undefined, '/societies'), {
      societyId: added,
      reason: '群众来信反映问题',
    });
    await inspect(added, [['前置审议“三重一大”', 'major', '2025-04-30']]);
    const done = { note: '已整改', evidence: await client.evidence() };
    await batch.post(200, null, d1, `/rectification-items/${i1}/report`, done);
    await batch.post(200, await memberToken(c), d1, `/rectification-items/${i1}/accept`, {});
    await batch.post(200, null, d2, `/rectification-items/${i3}/report`, done);
    const returned = { reason: '请补充材料' };
    await batch.post(200, await memberToken(a), d2, `/rectification-items/${i3}/return`, returned);

    const path = batch.path();
    const live = await report(path, '', await memberToken(a));
    expect(live.sample.map((s: any) => [s.societyId, s.how, s.drawOrder, s.reason])).toEqual([
      [d1, 'drawn', 1, null],
      [d2, 'drawn', 2, null],
      [d3, 'drawn', 3, null],
      [added, 'added', null, '群众来信反映问题'],
    ]);
    expect(live.findings).toEqual({
      minor: 2,
      major: 2,
      total: 4,
      byCategory: [
        { category: '党委工作和议事制度', minor: 0, major: 1, total: 1 },
        { category: '前置审议“三重一大”', minor: 0, major: 1, total: 1 },
        { category: '学习宣传贯彻', minor: 2, major: 0, total: 2 },
      ],
    });
    // Four items: i1 accepted, i3 returned, i2 and the added society's open. 1 / 4.
    // Overdue (due 2025-04-30, not accepted): i3 and the added society's; i2 is due in 2099.
    expect(live.rectification).toEqual({
      items: 4,
      open: 2,
      reported: 0,
      returned: 1,
      accepted: 1,
      rate: 0.25,
      overdue: 2,
    });
    const overdueNames = live.overdue.map((o: any) => o.societyName);
    expect(overdueNames).toEqual([...overdueNames].sort(byName));
    expect(live.overdue.map((o: any) => o.dueOn)).toEqual(['2025-04-30', '2025-04-30']);
    expect(live.overdue.find((o: any) => o.itemId === i3)).toMatchObject({
      societyId: d2,
      category: '学习宣传贯彻',
      action: '学习宣传贯彻整改',
      status: 'returned',
    });

    const then = await report(path, beforeAdded);
    expect(then.sample.map((s: any) => s.societyId)).toEqual(drawn);
    expect(then.findings.total).toBe(3);
    expect(then.rectification).toEqual({
      items: 3,
      open: 3,
      reported: 0,
      returned: 0,
      accepted: 0,
      rate: 0,
      overdue: 2,
    });

    await expectOccurredTimeline(path, live, 'INSPECTION_BATCH.NOT_FOUND');
    expect(await csvRows(path, '序号,抽查方式,抽取顺序,学会名称,')).toHaveLength(4);

    const book = await workbook(path);
    expect(book.worksheets.map((s) => s.name)).toEqual(Object.values(BATCH_REPORT_SHEETS));
    expect(book.getWorksheet('逾期整改')!.rowCount).toBe(3);

    await client.expect(403, 'GET', `${path}/report`, undefined, as(await memberToken(outsider)));
    const unknown = await client.expect(404, 'GET', `/inspection-batches/${randomUUID()}/report`);
    expect(unknown.body.code).toBe('INSPECTION_BATCH.NOT_FOUND');
  });
});
