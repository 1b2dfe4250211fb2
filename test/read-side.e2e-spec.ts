import { bearer, TEST_JWT_SECRET } from './support/auth';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { ENTITY_PROJECTIONS, loadConfig } from '@pb/platform';
import { rebuildReadModels } from '@pb/projections';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { waitForViewsToCatchUp } from './support/expectations';
import { expectSeedReport } from './support/report-expectations';
import { snapshotViews } from './support/snapshot';
import { runSeed000Scenario, type Seed000 } from './support/seed-000-scenario';

jest.setTimeout(180000);

describe('the read side after the seed-000 scenario, embedded mode', () => {
  let api: Api;
  let client: ApiClient;
  let seed: Seed000;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pb-read-'));
    api = await startApi(
      loadConfig({ AUTH_JWT_SECRET: TEST_JWT_SECRET, DATA_DIR: dataDir, PORT: '0' }),
      { logger: false },
    );
    client = new ApiClient(api.url);
    seed = await runSeed000Scenario(client, '');
    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('reports the campaign with the figures worked out by hand', async () => {
    const report = (await client.expect(200, 'GET', `/campaigns/${seed.campaignId}/report`)).body;
    expectSeedReport(report, seed);
  });

  it('exports the report as CSV with a BOM and as a workbook, societies in zh-CN order, Chinese byte for byte', async () => {
    const csv = await fetch(`${api.url}/campaigns/${seed.campaignId}/report?format=csv`, {
      headers: await bearer(),
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(106);
    const report = (await client.expect(200, 'GET', `/campaigns/${seed.campaignId}/report`)).body;
    report.societies.forEach((row: any, i: number) => expect(lines[i + 1]).toContain(row.name));
    const xlsx = await fetch(`${api.url}/campaigns/${seed.campaignId}/report?format=xlsx`, {
      headers: await bearer(),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('按学会')!;
    const names: string[] = [];
    sheet.eachRow((r, n) => n > 1 && names.push(String(r.getCell(1).value ?? r.getCell(2).value)));
    expect(sheet.rowCount).toBe(106);
    expect(sheet.getRow(1).getCell(3).value).toBe('统一社会信用代码');
    // The route's OpenAPI description names exactly the sheets the file holds, in order.
    const doc = (await client.expect(200, 'GET', '/docs/openapi.json')).body;
    const described = /workbook \(([^)]*)\)/.exec(
      doc.paths['/campaigns/{id}/report'].get.responses['200'].description,
    );
    expect(described?.[1]?.split(', ')).toEqual(workbook.worksheets.map((w) => w.name));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['未宣讲学会', '办实事未达标学会', '未计入统计的工作']),
    );
  });

  it('reproduces, as of a past moment, exactly what the live report said then', async () => {
    const before = (await client.expect(200, 'GET', `/campaigns/${seed.campaignId}/report`)).body;
    const moment = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const extra = await client.society('天津市光学学会（新）');
    await client.assign(seed.campaignId, extra, seed.liaisons[3]!);
    const lecture = await client.lecture(seed.campaignId, extra, seed.liaisons[3]!);
    await client.expect(200, 'POST', `/lectures/${lecture}/delivery`, client.delivery(5, 50));
    // the views are projected after the answer, on the projector's thread
    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
    const now = (await client.expect(200, 'GET', `/campaigns/${seed.campaignId}/report`)).body;
    expect(now.totals.societiesAssigned).toBe(106);
    const asOf = (
      await client.expect(
        200,
        'GET',
        `/campaigns/${seed.campaignId}/report?asOf=${encodeURIComponent(moment)}&timeline=recorded`,
      )
    ).body;
    const { asOf: _a, ...then } = before;
    const { asOf: _b, ...replayed } = asOf;
    expect(replayed).toEqual(then);
    // On the occurred timeline the campaign, drafted today, had not happened by 2021-09-01;
    // as of now it holds everything, the delivery dated 2021-08-10 included.
    const early = await client.expect(
      404,
      'GET',
      `/campaigns/${seed.campaignId}/report?asOf=2021-09-01T00:00:00%2B08:00&timeline=occurred`,
    );
    expect(early.body.code).toBe('CAMPAIGN.NOT_YET_RECORDED');
    expect(early.body.detail).toMatch(/had not happened by 2021-08-31T16:00:00.000Z/);
    const occurred = (
      await client.expect(
        200,
        'GET',
        `/campaigns/${seed.campaignId}/report?asOf=${encodeURIComponent(new Date().toISOString())}&timeline=occurred`,
      )
    ).body;
    expect(occurred.totals).toEqual(now.totals);
    expect(
      (await client.expect(400, 'GET', `/campaigns/${seed.campaignId}/report?timeline=sideways`))
        .body.field,
    ).toBe('timeline');
  });

  it('answers an as-of before the campaign was first recorded plainly, with its first recording time', async () => {
    const { createdAt } = (await client.expect(200, 'GET', `/campaigns/${seed.campaignId}`)).body;
    const before = new Date(Date.parse(createdAt) - 1000).toISOString();
    const answer = await client.expect(
      404,
      'GET',
      `/campaigns/${seed.campaignId}/report?asOf=${encodeURIComponent(before)}`,
    );
    expect(answer.body).toMatchObject({ status: 404, code: 'CAMPAIGN.NOT_YET_RECORDED' });
    expect(answer.body.detail).toBe(
      `campaign ${seed.campaignId} had not been recorded by ${before}: it was first recorded at ${createdAt}`,
    );
    // A campaign that never was is still one that does not exist.
    const unknown = await client.expect(
      404,
      'GET',
      `/campaigns/00000000-0000-4000-8000-000000000000/report?asOf=${encodeURIComponent(before)}`,
    );
    expect(unknown.body.code).toBe('CAMPAIGN.NOT_FOUND');
  });

  it('groups the society rows by liaison when asked, and refuses an order it does not know', async () => {
    const grouped = (
      await client.expect(200, 'GET', `/campaigns/${seed.campaignId}/report?groupBy=liaison`)
    ).body;
    expect(grouped.societyOrder).toBe('liaison');
    const liaisonOrder = grouped.liaisons.map((l: any) => l.memberId);
    const rank = grouped.societies.map((s: any) => liaisonOrder.indexOf(s.liaisonId));
    expect(rank).toEqual([...rank].sort((a: number, b: number) => a - b));
    expect(grouped.societies.every((s: any) => typeof s.liaisonName === 'string')).toBe(true);
    const invalid = await client.expect(
      400,
      'GET',
      `/campaigns/${seed.campaignId}/report?groupBy=society`,
    );
    expect(invalid.body.field).toBe('groupBy');
  });

  it("lists, for each traffic light, exactly the report's societies with that light", async () => {
    const report = (await client.expect(200, 'GET', `/campaigns/${seed.campaignId}/report`)).body;
    const listed = async (light: string) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `campaignId=${seed.campaignId}&light=${light}&limit=20`;
        const page: any = (
          await client.expect(200, 'GET', `/societies?${query}${cursor ? `&cursor=${cursor}` : ''}`)
        ).body;
        ids.push(...page.items.map((society: any) => society.id));
        cursor = page.next === null ? null : encodeURIComponent(page.next);
      } while (cursor !== null);
      return ids.sort();
    };
    const lit = (light: string) =>
      report.societies
        .filter((row: any) => row.status === light)
        .map((row: any) => row.societyId)
        .sort();
    const lights = {
      red: await listed('red'),
      yellow: await listed('yellow'),
      green: await listed('green'),
    };
    expect(lights).toEqual({ red: lit('red'), yellow: lit('yellow'), green: lit('green') });
    // All three lights occur, and every society of the report has one.
    expect(Object.values(lights).map((ids) => ids.length > 0)).toEqual([true, true, true]);
    expect(lights.red.length + lights.yellow.length + lights.green.length).toBe(
      report.societies.length,
    );

    const refused = async (query: string) =>
      (await client.expect(400, 'GET', `/societies?${query}`)).body;
    expect(await refused('light=red')).toMatchObject({ field: 'light', code: 'REQUEST.INVALID' });
    expect((await refused('light=red')).detail).toContain('campaignId');
    expect(await refused(`campaignId=${seed.campaignId}&light=blue`)).toMatchObject({
      field: 'light',
    });
    const unknown = await client.expect(
      404,
      'GET',
      `/societies?campaignId=${seed.societies[0]}&light=green`,
    );
    expect(unknown.body.code).toBe('CAMPAIGN.NOT_FOUND');
  });

  it('rebuilds the read models aside, moves them over the live ones under the same names and reproduces them exactly', async () => {
    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
    const before = await snapshotViews(api.runtime.infra.views);
    const report = await rebuildReadModels(
      api.runtime.infra.store,
      api.runtime.infra.views,
      ENTITY_PROJECTIONS,
    );
    expect(report.events).toBeGreaterThan(0);
    // Every view again under its own name, nothing left aside.
    const names = await api.runtime.infra.views.collections();
    expect(names).toEqual(expect.arrayContaining(['societies', 'society_status', 'audit_events']));
    expect(names.filter((name) => /^rebuild_|_g\d+$/.test(name))).toEqual([]);
    expect(await snapshotViews(api.runtime.infra.views)).toEqual(before);
    expectSeedReportStillServed(
      await client.expect(200, 'GET', `/societies/${seed.societies[40]}/status`),
    );
  });

  it('seals the store, verifies it, and names an altered commit and a deleted last commit', async () => {
    const seal = await client.expect(201, 'POST', '/audit/seals');
    expect(seal.body.streams).toBe(13 + 110 + 1 + 105 + 120 + 2);
    expect((await client.expect(200, 'GET', '/audit/verify')).body).toMatchObject({
      ok: true,
      problems: [],
    });

    const db = new Database(join(dataDir, 'events.sqlite'));
    const lectureCommit = db
      .prepare("SELECT id, body FROM commits WHERE stream_id LIKE 'lecture-%' AND seq = 2 LIMIT 1")
      .get() as { id: string; body: string };
    const altered = JSON.parse(lectureCommit.body);
    altered.events[0].data.otherAudience += 1000;
    db.prepare('UPDATE commits SET body = ? WHERE id = ?').run(
      JSON.stringify(altered),
      lectureCommit.id,
    );
    const societyStream = `society-${seed.societies[3]}`;
    const last = db
      .prepare('SELECT id FROM commits WHERE stream_id = ? ORDER BY seq DESC LIMIT 1')
      .get(societyStream) as { id: string };
    db.prepare('DELETE FROM commits WHERE id = ?').run(last.id);
    db.close();

    const verify = (await client.expect(200, 'GET', '/audit/verify')).body;
    expect(verify.ok).toBe(false);
    expect(verify.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'altered', commitId: lectureCommit.id }),
        expect.objectContaining({ kind: 'missing-commit', commitId: last.id }),
      ]),
    );
    const cli = await promisify(execFile)(
      process.execPath,
      [join(__dirname, '..', 'dist', 'apps', 'api', 'src', 'cli.js'), 'verify'],
      {
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          MODE: 'embedded',
          AUTH_JWT_SECRET: TEST_JWT_SECRET,
        },
      },
    ).catch((error: { code: number; stdout: string }) => error);
    expect((cli as { code?: number }).code).toBe(1);
    expect((cli as { stdout: string }).stdout).toContain(lectureCommit.id);
    expect((cli as { stdout: string }).stdout).toContain(last.id);
  });
});

function expectSeedReportStillServed(answer: { body: any }): void {
  expect(answer.body).toMatchObject({
    averageRating: 4,
    lectures: { confirmed: 1, audience: 150 },
  });
}
