import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drawSample } from '@pb/domain';
import { ENTITY_PROJECTIONS, loadConfig } from '@pb/platform';
import { rebuildReadModels } from '@pb/projections';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET } from './support/auth';
import { waitForViewsToCatchUp } from './support/expectations';
import { until } from './support/http';
import { InspectionClient, memberToken, secretaryToken } from './support/inspection-client';
import { snapshotViews } from './support/snapshot';

const SCRIPT = join(__dirname, '../docs/inspection-draw.py');

/** What an auditor gets by feeding a draw's data to the published script. */
function rerun(data: unknown): { status: number | null; selected: string[]; stderr: string } {
  const run = spawnSync('python3', [SCRIPT], { input: JSON.stringify(data), encoding: 'utf8' });
  return { status: run.status, selected: run.stdout.trim().split('\n'), stderr: run.stderr };
}

describe('inspections over HTTP in embedded mode: plan, draw, inspect, rectify, close', () => {
  let api: Api;
  let office: ApiClient;
  let batch: InspectionClient;
  /** 24 societies: 0-17 with a party committee (16 and 17 deregistered), 18-23 with a branch. */
  const societies: string[] = [];
  let population: string[];
  let drawn: string[];
  let added: string;
  const [inspectorA, inspectorC, outsider] = [randomUUID(), randomUUID(), randomUUID()];
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-inspections-')),
        PORT: '0',
      }),
      { logger: false },
    );
    office = new ApiClient(api.url);
    for (let i = 0; i < 24; i++) {
      const id = await office.society(`督导测试学会${String(i + 1).padStart(2, '0')}`);
      societies.push(id);
      await office.expect(200, 'POST', `/societies/${id}/party-organisation`, {
        form: i < 18 ? 'committee' : 'branch',
        secretary: '书记',
        memberCount: 12,
      });
    }
    for (const i of [16, 17])
      await office.expect(200, 'POST', `/societies/${societies[i]}/deregister`, { reason: '注销' });
    population = societies.slice(0, 16).sort();
    for (const member of [inspectorA, inspectorC, outsider])
      tokens[member] = await memberToken(member);
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('plans a batch whose population is a criterion, and refuses a criterion it does not know', async () => {
    const plan = {
      title: '2026年第一批学会党委督导抽查',
      focus: ['学习宣传贯彻', '党委工作和议事制度', '前置审议“三重一大”'],
      population: { partyOrganisationForms: ['committee'] },
      inspectorIds: [inspectorA, inspectorC],
      sampleSize: 5,
    };
    const refused = await office.expect(400, 'POST', '/inspection-batches', {
      ...plan,
      population: { partyOrganisationForms: ['cell'] },
    });
    expect(refused.body.errors[0].field).toBe('population.partyOrganisationForms');
    batch = await InspectionClient.plan(office, plan);
    expect(await batch.batch()).toMatchObject({
      status: 'planned',
      population: { criterion: { partyOrganisationForms: ['committee'] } },
      inspectorIds: [inspectorA, inspectorC],
      sampleSize: 5,
      draw: null,
      sample: [],
    });
  });

  it('draws 5 of the 16 registered societies with a party committee, in ascending id, with a seed of its own', async () => {
    await office.expect(400, 'POST', batch.path(undefined, '/draw'), { seed: '0000000000000000' });
    await office.expect(200, 'POST', batch.path(undefined, '/draw'), {});
    const { draw, status, sample } = await batch.batch(2);
    expect(status).toBe('drawn');
    expect(draw.population).toEqual(population);
    expect(draw).toMatchObject({ sampleSize: 5, algorithm: 'splitmix64-fisher-yates-v1' });
    expect(draw.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(draw.rerun.document).toBe('docs/inspection-draw.md');
    drawn = draw.societyIds;
    expect(drawn).toEqual(drawSample(population, 5, draw.seed));
    expect(sample.map((s: { how: string }) => s.how)).toEqual(Array(5).fill('drawn'));
    const again = await office.expect(409, 'POST', batch.path(undefined, '/draw'), {});
    expect(again.body.code).toBe('INSPECTION_BATCH.ALREADY_DRAWN');
  });

  it('reruns the draw from the batch’s events alone with the published script; another seed draws another sample', async () => {
    const streamId = `inspection-batch-${batch.batchId}`;
    const events = await until(
      async () => (await office.expect(200, 'GET', `/audit/events?streamId=${streamId}`)).body,
      (page) => page.items.some((e: { what: string }) => e.what === 'InspectionSampleDrawn'),
    );
    const recorded = events.items.find((e: { what: string }) => e.what === 'InspectionSampleDrawn');
    const fromEvent = rerun(recorded.data);
    expect(fromEvent).toEqual({
      status: 0,
      selected: drawn,
      stderr: 'the recorded selection matches\n',
    });
    const { draw } = await batch.batch(2);
    expect(rerun({ ...draw, societyIds: undefined }).selected).toEqual(drawn);
    const otherSeed = `${draw.seed.slice(0, 15)}${draw.seed.endsWith('0') ? '1' : '0'}`;
    expect(drawSample(draw.population, 5, otherSeed)).not.toEqual(drawn);
    expect(rerun({ ...draw, seed: otherSeed, societyIds: undefined }).selected).toEqual(
      drawSample(draw.population, 5, otherSeed),
    );
  });

  it('adds a society by hand with its reason, listed as added after the drawn ones', async () => {
    added = societies[18]!;
    const reason = '群众来信反映党委会议记录不全，列入本批督导';
    const unknown = await office.expect(404, 'POST', batch.path(undefined, '/societies'), {
      societyId: randomUUID(),
      reason,
    });
    expect(unknown.body.code).toBe('SOCIETY.NOT_FOUND');
    await office.expect(200, 'POST', batch.path(undefined, '/societies'), {
      societyId: added,
      reason,
    });
    const { sample, progress } = await batch.batch(3);
    expect(sample[5]).toMatchObject({ societyId: added, how: 'added', reason, drawOrder: null });
    expect(sample[0]).toMatchObject({ societyId: drawn[0], how: 'drawn', drawOrder: 1 });
    expect(progress).toMatchObject({ societies: 6, visited: 0, closed: 0 });
  });

  it('lets only the batch’s inspectors and the office inspect, and only sampled societies', async () => {
    const [d0] = drawn as [string];
    const visit = { visitedOn: '2020-03-10', inspectorIds: [inspectorA] };
    await batch.post(403, tokens[outsider]!, d0, '/visit', visit);
    const notSampled = population.find((id) => !drawn.includes(id))!;
    const outside = await batch.post(422, tokens[inspectorA]!, notSampled, '/visit', visit);
    expect(outside.body.code).toBe('SOCIETY_INSPECTION.NOT_IN_SAMPLE');
    const stranger = await batch.post(422, tokens[inspectorA]!, d0, '/visit', {
      ...visit,
      inspectorIds: [outsider],
    });
    expect(stranger.body.code).toBe('SOCIETY_INSPECTION.NOT_AN_INSPECTOR');
    const early = await batch.post(422, null, d0, '/findings', {
      category: '学习宣传贯彻',
      description: '未开展专题学习',
      severity: 'minor',
    });
    expect(early.body.code).toBe('SOCIETY_INSPECTION.NOT_VISITED');
    const unknown = `/inspection-batches/${randomUUID()}/societies/${d0}/visit`;
    expect((await office.expect(404, 'POST', unknown, visit)).body.code).toBe(
      'INSPECTION_BATCH.NOT_FOUND',
    );
  });

  it('follows findings and rectification items through reports, a return and acceptances, with overdue computed when read', async () => {
    const [d0, d1, d2] = drawn as [string, string, string];
    const [a, c] = [tokens[inspectorA]!, tokens[inspectorC]!];
    const ids = { f1: randomUUID(), f2: randomUUID(), f3: randomUUID(), f4: randomUUID() };
    const items = { i1: randomUUID(), i2: randomUUID(), i3: randomUUID() };
    const [i4, i5] = [randomUUID(), randomUUID()];
    for (const society of [d0, d1, d2, added])
      await batch.post(200, a, society, '/visit', {
        visitedOn: '2020-03-10',
        inspectorIds: [inspectorA, inspectorC],
        note: '听取学会党委工作汇报，查阅党委会议记录',
      });
    const finding = (id: string, severity: string, category = '党委工作和议事制度') => ({
      id,
      category,
      description: '2025年党委会议记录缺少议题和表决情况',
      severity,
    });
    await batch.post(201, a, d0, '/findings', finding(ids.f1, 'major'));
    await batch.post(201, a, d0, '/findings', finding(ids.f2, 'minor', '学习宣传贯彻'));
    await batch.post(201, a, d2, '/findings', finding(ids.f3, 'major'));
    await batch.post(201, c, added, '/findings', finding(ids.f4, 'minor'));
    const item = (id: string, findingId: string, dueOn: string) => ({
      id,
      findingId,
      action: '补全会议记录，建立会议纪要审签制度',
      dueOn,
    });
    await batch.post(201, a, d0, '/rectification-items', item(items.i1, ids.f1, '2020-04-30'));
    await batch.post(201, a, d0, '/rectification-items', item(items.i2, ids.f1, '2099-06-30'));
    await batch.post(201, a, d0, '/rectification-items', item(items.i3, ids.f2, '2099-06-30'));
    await batch.post(201, a, d2, '/rectification-items', item(i4, ids.f3, '2020-05-31'));
    await batch.post(201, c, added, '/rectification-items', item(i5, ids.f4, '2099-12-31'));

    const secretary = await secretaryToken(d0);
    const done = { note: '已补全会议记录并经党委书记审签', evidence: await office.evidence() };
    const report = (itemId: string, token = secretary, status = 200, society = d0) =>
      batch.post(status, token, society, `/rectification-items/${itemId}/report`, done);
    await report(items.i1, await secretaryToken(d1), 403);
    const notReported = await batch.post(422, a, d0, `/rectification-items/${items.i3}/accept`);
    expect(notReported.body.code).toBe('SOCIETY_INSPECTION.ITEM_NOT_REPORTED');
    await report(items.i2);
    const back = { reason: '佐证材料未体现表决情况，请补充' };
    await batch.post(200, a, d0, `/rectification-items/${items.i2}/return`, back);
    await report(items.i2);
    await batch.post(400, null, d0, `/rectification-items/${items.i2}/accept`);
    await batch.post(403, a, d0, `/rectification-items/${items.i2}/accept`, {
      inspectorId: inspectorC,
    });
    await batch.post(200, null, d0, `/rectification-items/${items.i2}/accept`, {
      inspectorId: inspectorC,
    });
    let seen = await batch.inspection(d0, 10);
    expect(seen).toMatchObject({
      state: 'open',
      progress: { findings: 2, majorFindings: 1, items: 3, accepted: 1, overdue: 1, reported: 0 },
    });
    const [i1, i2] = seen.items;
    expect(i1).toMatchObject({ itemId: items.i1, status: 'open', overdue: true });
    expect(i2).toMatchObject({ status: 'accepted', acceptedBy: inspectorC, overdue: false });
    expect(i2.reports).toHaveLength(2);
    expect(i2.returns).toEqual([{ ...back, inspectorId: inspectorA, at: expect.any(String) }]);
    expect(seen.findings[0].items.map((x: { itemId: string }) => x.itemId)).toEqual([
      items.i1,
      items.i2,
    ]);

    await report(items.i1);
    await batch.post(200, a, d0, `/rectification-items/${items.i1}/accept`);
    await report(items.i3);
    const last = await batch.post(200, c, d0, `/rectification-items/${items.i3}/accept`);
    expect(last.body.events).toEqual(['RectificationAccepted', 'SocietyInspectionClosed']);
    seen = await batch.inspection(d0, last.body.version);
    expect(seen).toMatchObject({ state: 'closed', progress: { accepted: 3, overdue: 0 } });
    await batch.post(200, c, d1, '/close');
    await report(i5, await secretaryToken(added), 200, added);

    await batch.inspection(d1, 2);
    await batch.inspection(d2, 3);
    await batch.inspection(added, 4);
    const { progress } = await batch.batch(3);
    expect(progress).toEqual({
      societies: 6,
      visited: 4,
      closed: 2,
      visits: 4,
      findings: 4,
      majorFindings: 2,
      items: 5,
      reported: 1,
      accepted: 3,
      overdue: 1,
    });
    const open = await office.expect(422, 'POST', batch.path(undefined, '/close'));
    expect(open.body.code).toBe('INSPECTION_BATCH.INSPECTIONS_OPEN');

    await report(i4, await secretaryToken(d2), 200, d2);
    await batch.post(200, a, d2, `/rectification-items/${i4}/accept`);
    await batch.post(200, c, added, `/rectification-items/${i5}/accept`);
    for (const society of drawn.slice(3)) {
      await batch.post(200, c, society, '/visit', {
        visitedOn: '2020-03-12',
        inspectorIds: [inspectorC],
      });
      await batch.post(200, c, society, '/close');
    }
    await office.expect(200, 'POST', batch.path(undefined, '/close'));
    const closed = await batch.batch(4);
    expect(closed).toMatchObject({ status: 'closed', progress: { closed: 6, overdue: 0 } });
  });

  it('shows a society its own inspection only, and lists the batches by state', async () => {
    const [d0, d1] = drawn as [string, string];
    const read = (token: string, status: number) =>
      office.expect(status, 'GET', batch.path(d0), undefined, { authorization: `Bearer ${token}` });
    await read(await secretaryToken(d0), 200);
    await read(await secretaryToken(d1), 403);
    await read(tokens[outsider]!, 403);
    await read(tokens[inspectorA]!, 200);
    const list = await office.expect(200, 'GET', '/inspection-batches?status=closed');
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: batch.batchId, drawn: 5, added: 1, status: 'closed' }),
    ]);
  });

  it('agrees with a replay of the event store, and a rebuild reproduces the inspection views exactly', async () => {
    const { store, views } = api.runtime.infra;
    await waitForViewsToCatchUp(store, views);
    const before = await snapshotViews(views);
    expect(Object.keys(before.inspection_cases!)).toHaveLength(6);
    const report = await rebuildReadModels(store, views, ENTITY_PROJECTIONS);
    expect(report.events).toBeGreaterThan(0);
    expect(await snapshotViews(views)).toEqual(before);
  });
});
