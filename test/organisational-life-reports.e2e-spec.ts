import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { bearer, TEST_JWT_SECRET, tokenFor } from './support/auth';
import { waitForViewsToCatchUp } from './support/expectations';
import { lifeReportsScenario, LIFE_SOCIETIES } from './support/life-reports-scenario';
import { as } from './support/star-rating';

jest.setTimeout(120000);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const { ah, bj, cd, dl, ez } = LIFE_SOCIETIES;

/*
 * The reports of organisational life, the two coverages and vitality in embedded mode, for
 * the third quarter of 2025 (over by now, so measured in full). Default weights; the year's
 * table is the default with a red list of 1.
 *
 * At the moment between the two phases:
 * - 安徽 (branch at the council): 8 of 8 slots, 72/80 present; 2 of 2 lectures; 1 of 1 task
 *   completed (its evaluation half 0); no rectification due (10); 4 stars published on 1 August
 *   (15 × 4/8): 30 + 9 + 15 + 10 + 10 + 7.5 = 81.5.
 * - 大连 (joint branch): 8 of 8, 56/80: 30 + 7 + 10 = 47 (no campaign).
 * - 北京 (committee with groups at the secretariat): 3 of 11 slots (8.18), 24/30 (8), 1 of 2
 *   lectures (7.5), no task completed: 33.68.
 * - 成都 (instructor) and 鄂州 (instructor recalled 31 August): no slots, 10 each.
 * Afterwards 北京 meets every slot at 10/10 (104/110 → 9.45): 30 + 9.45 + 7.5 + 10 = 56.95;
 * 大连 withdraws a theme day: 7 of 8 (26.25), 49/70 (7): 43.25.
 */
describe('the reports of organisational life, coverage and vitality over HTTP', () => {
  let api: Api;
  let admin: ApiClient;
  let ids: Record<keyof typeof LIFE_SOCIETIES, string>;
  let between: string;

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-life-reports-')),
        PORT: '0',
      }),
      { logger: false },
    );
    admin = new ApiClient(api.url);
    const scenario = lifeReportsScenario(api, admin);
    ids = await scenario.before();
    await new Promise((resolve) => setTimeout(resolve, 20));
    between = encodeURIComponent(new Date().toISOString());
    await new Promise((resolve) => setTimeout(resolve, 20));
    await scenario.after();
  });
  afterAll(async () => {
    await api.app.close();
  });

  const read = async (path: string, headers?: Record<string, string>) => {
    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
    return (await admin.expect(200, 'GET', path, undefined, headers)).body;
  };
  const workbook = async (path: string) => {
    const response = await fetch(`${api.url}${path}`, { headers: await bearer() });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    const book = new Workbook();
    await book.xlsx.load((await response.arrayBuffer()) as never);
    return book;
  };
  const names = (rows: { name: string }[]) => rows.map((row) => row.name);
  const ranks = (report: any) => report.ranking.map((r: any) => [r.rank, r.name, r.score]);

  it('ranks by vitality today and as of the moment between the phases, where the order differs', async () => {
    const live = await read('/vitality?period=2025Q3');
    expect([live.period.label, live.weightsAreDefault, live.tableIsDefault]).toEqual([
      '2025Q3',
      true,
      false,
    ]);
    expect(ranks(live)).toEqual([
      [1, ah, 81.5],
      [2, bj, 56.95],
      [3, dl, 43.25],
      [4, cd, 10],
      [4, ez, 10],
    ]);
    expect(live.ranking[0].components[5]).toEqual({
      component: 'stars',
      weight: 15,
      inputs: { stars: 4, outOf: 8 },
      ratio: 0.5,
      points: 7.5,
    });
    const beijing = live.ranking[1];
    expect(beijing.components.map((c: any) => [c.component, c.inputs, c.ratio, c.points])).toEqual([
      ['lifeCompleteness', { met: 11, slots: 11 }, 1, 30],
      ['attendance', { present: 104, expected: 110 }, 0.9455, 9.45],
      ['lectures', { delivered: 1, target: 2 }, 0.5, 7.5],
      ['serviceTasks', { completed: 0, target: 1, evaluated: 0, meanRating: null }, 0, 0],
      ['rectifications', { due: 0, acceptedOnTime: 0 }, 1, 10],
      ['stars', { stars: null, outOf: 8 }, 0, 0],
    ]);

    const then = await read(`/vitality?period=2025Q3&asOf=${between}`);
    expect(ranks(then)).toEqual([
      [1, ah, 81.5],
      [2, dl, 47],
      [3, bj, 33.68],
      [4, cd, 10],
      [4, ez, 10],
    ]);
    expect(then.ranking[2].components[0]).toMatchObject({
      inputs: { met: 3, slots: 11 },
      points: 8.18,
    });

    const own = await read(`/societies/${ids.bj}/vitality?period=2025Q3`);
    expect([own.rank, own.ranked, own.score]).toEqual([2, 5, 56.95]);
    const ownThen = await read(`/societies/${ids.bj}/vitality?period=2025Q3&asOf=${between}`);
    expect([ownThen.rank, ownThen.score]).toEqual([3, 33.68]);

    const book = await workbook('/vitality?period=2025Q3&format=xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual(['活力排名', '得分明细', '汇总']);
    const sheet = book.getWorksheet('活力排名')!;
    // 排名, 学会名称, 得分, then each component's points.
    expect(sheet.getRow(1).cellCount).toBe(9);
    expect(sheet.getRow(3).values).toEqual([undefined, 2, bj, 56.95, 30, 9.45, 7.5, 0, 10, 0]);
  });

  it('lists the red and black lists of the quarter with the year’s list sizes, live and as of before', async () => {
    const live = await read('/organisational-life/lists?period=2025Q3');
    expect([live.redListSize, live.weighed]).toEqual([1, 3]);
    // 北京 104/110 before 安徽 72/80; the list holds one. 大连 7 of 8, then 安徽 complete.
    expect(live.red.map((s: any) => [s.name, s.completeness, s.attendance])).toEqual([
      [bj, 1, 0.9455],
    ]);
    expect(live.black.map((s: any) => [s.place, s.name, s.met, s.slots])).toEqual([
      [1, dl, 7, 8],
      [2, ah, 8, 8],
    ]);
    const then = await read(`/organisational-life/lists?period=2025Q3&asOf=${between}`);
    expect(names(then.red)).toEqual([ah]);
    expect(names(then.black)).toEqual([bj, dl]);

    const book = await workbook('/organisational-life/lists?period=2025Q3&format=xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '红榜', '黑榜']);
    expect(book.getWorksheet('黑榜')!.getColumn(2).values.slice(2)).toEqual([dl, ah]);

    const year = await admin.expect(400, 'GET', '/organisational-life/lists?period=2025');
    expect(year.body.field).toBe('period');
    const ancient = await admin.expect(400, 'GET', '/vitality?asOf=0852-03-29T06:49:37-03:12');
    expect([ancient.body.field, ancient.body.detail]).toEqual([
      'asOf',
      expect.stringContaining('1000 to 2999'),
    ]);
  });

  it('gives a society its figures per requirement for a quarter and a year, to itself and not to another', async () => {
    const secretary = as(await tokenFor({ sub: 'bj', role: 'society', societyId: ids.bj }));
    const quarter = await read(
      `/societies/${ids.bj}/organisational-life/figures?period=2025Q3`,
      secretary,
    );
    expect(quarter.organisation).toEqual({ seat: 'secretariat', form: 'committee', groups: true });
    expect([quarter.slots, quarter.met, quarter.completeness]).toEqual([11, 11, 1]);
    expect(quarter.attendance).toEqual({ present: 104, expected: 110, rate: 0.9455 });
    const year = await read(`/societies/${ids.bj}/organisational-life/figures?period=2025`);
    // Four quarters of 11 slots, the third met.
    expect([year.slots, year.met, year.completeness]).toEqual([44, 11, 0.25]);
    const then = await read(
      `/societies/${ids.bj}/organisational-life/figures?period=2025Q3&asOf=${between}`,
    );
    expect(then.quarters[0].requirements.map((r: any) => [r.kind, r.slots, r.met])).toEqual([
      ['member-assembly', 1, 0],
      ['committee-meeting', 3, 3],
      ['group-meeting', 3, 0],
      ['party-lecture', 1, 0],
      ['theme-day', 3, 0],
    ]);
    for (const path of [
      `/societies/${ids.ah}/organisational-life/figures?period=2025Q3`,
      `/societies/${ids.ah}/vitality?period=2025Q3`,
    ])
      await admin.expect(403, 'GET', path, undefined, secretary);
    const bad = await admin.expect(
      400,
      'GET',
      `/societies/${ids.bj}/organisational-life/figures?period=2025Q5`,
    );
    expect(bad.body.field).toBe('period');
    await admin.expect(
      404,
      'GET',
      `/societies/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/vitality`,
    );
  });

  it('reports both coverages today, as of before and on an earlier day', async () => {
    const live = await read('/coverage?period=2025Q3');
    expect(live.organisation).toMatchObject({
      registered: 5,
      council: 1,
      secretariat: 1,
      // 大连's joint branch; 成都's and (sent again in October) 鄂州's instructors.
      otherMeans: 3,
      joint: 1,
      instructor: 2,
      covered: 5,
      uncovered: [],
    });
    expect([live.work.covered, names(live.work.uncovered)]).toEqual([3, [cd, ez]]);
    const then = await read(`/coverage?period=2025Q3&asOf=${between}`);
    expect([then.organisation.covered, names(then.organisation.uncovered)]).toEqual([4, [ez]]);

    // The end of yesterday in Shanghai: nothing had been recorded yet.
    const yesterday = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    const early = await read(`/coverage?period=2025Q3&on=${yesterday}`);
    expect([early.asOfDate, early.organisation.registered]).toEqual([yesterday, 0]);
    const later = await admin.expect(400, 'GET', '/coverage?on=2999-01-01');
    expect(later.body.field).toBe('on');

    const book = await workbook('/coverage?period=2025Q3&format=xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '组织覆盖', '工作覆盖']);
    expect(book.getWorksheet('工作覆盖')!.getColumn(2).values.slice(2)).toEqual([
      ah,
      bj,
      cd,
      dl,
      ez,
    ]);
  });
});
