import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_LIFE_REQUIREMENTS,
  DEFAULT_VITALITY_WEIGHTS,
  vitalityWeightsDecider,
} from '@pb/domain';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET, tokenFor } from './support/auth';
import { directCommands } from './support/direct-commands';
import { call } from './support/http';
import { lifeRecords } from './support/organisational-life-records';

/** The read side of organisational life in embedded mode: records, lists and yearly tables. */
describe('organisational life views (embedded)', () => {
  let api: Api;
  let admin: ApiClient;
  let society: string;
  let other: string;
  const records: Record<'kept' | 'corrected' | 'withdrawn' | 'others', string> = {
    kept: '',
    corrected: '',
    withdrawn: '',
    others: '',
  };
  const as = async (societyId: string) => ({
    authorization: `Bearer ${await tokenFor({ sub: `secretary-${societyId}`, role: 'society', societyId })}`,
  });

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-life-views-')),
        PORT: '0',
      }),
      { logger: false },
    );
    admin = new ApiClient(api.url);
    society = await admin.society('天津市化工学会');
    other = await admin.society('天津市电子学会');
    const life = lifeRecords(api);
    records.kept = await life.record(society, {
      kind: 'theme-day',
      heldOn: '2026-02-20',
      present: 8,
      expected: 10,
    });
    records.corrected = await life.record(society, { heldOn: '2026-03-30' });
    await life.correct(
      society,
      records.corrected,
      { heldOn: '2026-04-02', present: 4 },
      '日期记错',
    );
    records.withdrawn = await life.record(society, {
      kind: 'member-assembly',
      heldOn: '2026-01-10',
    });
    await life.withdraw(records.withdrawn, '重复录入');
    records.others = await life.record(other, { heldOn: '2026-01-20' });
  }, 60_000);

  afterAll(async () => {
    await api.app.close();
  });

  it('reads a corrected record with the history of its changes', async () => {
    const record = await admin.view(`/organisational-life/${records.corrected}`, 2);
    expect(record).toMatchObject({
      id: records.corrected,
      societyId: society,
      kind: 'committee-meeting',
      heldOn: '2026-04-02',
      year: 2026,
      quarter: 2,
      present: 4,
      status: 'corrected',
      reason: '日期记错',
      corrections: 1,
      version: 2,
    });
    expect(record.history.map((change: { change: string }) => change.change)).toEqual([
      'recorded',
      'corrected',
    ]);
    expect(record.history[1].before).toMatchObject({ heldOn: '2026-03-30', present: 5 });
    expect(record._id).toBeUndefined();
  });

  it('lists a society’s records of a quarter, withdrawn ones apart, by date held', async () => {
    await admin.view(`/organisational-life/${records.withdrawn}`, 2);
    const list = async (query: string) =>
      (await admin.expect(200, 'GET', `/organisational-life?societyId=${society}${query}`)).body;
    const firstQuarter = await list('&year=2026&quarter=1');
    expect(firstQuarter.items.map((r: { id: string }) => r.id)).toEqual([
      records.withdrawn,
      records.kept,
    ]);
    const counted = await list('&year=2026&quarter=1&withdrawn=false');
    expect(counted.items.map((r: { id: string }) => r.id)).toEqual([records.kept]);
    expect((await list('&kind=committee-meeting')).items.map((r: { id: string }) => r.id)).toEqual([
      records.corrected,
    ]);
    const paged = await list('&limit=2');
    expect(paged.items).toHaveLength(2);
    const rest = await list(`&limit=2&cursor=${encodeURIComponent(paged.next)}`);
    expect(rest.items.map((r: { id: string }) => r.id)).toEqual([records.corrected]);
    expect(rest.next).toBeNull();
  });

  it('lets a society read its own records only', async () => {
    const own = await call(api.url, 'GET', '/organisational-life', undefined, await as(other));
    expect(own.body.items.map((r: { id: string }) => r.id)).toEqual([records.others]);
    const theirs = await call(
      api.url,
      'GET',
      `/organisational-life?societyId=${society}`,
      undefined,
      await as(other),
    );
    expect(theirs.status).toBe(403);
    const record = await call(
      api.url,
      'GET',
      `/organisational-life/${records.kept}`,
      undefined,
      await as(other),
    );
    expect(record.status).toBe(403);
  });

  it('lists a quarter of every year when no year is named; answers 400 naming the field for a bad quarter, kind or year, 404 for an unknown record', async () => {
    const field = async (path: string) => {
      const answer = await admin.expect(400, 'GET', path);
      return JSON.stringify(answer.body);
    };
    const second = (await admin.expect(200, 'GET', '/organisational-life?quarter=2')).body.items;
    expect(second.every((record: { quarter: number }) => record.quarter === 2)).toBe(true);
    expect(await field('/organisational-life?year=2026&quarter=5')).toContain('quarter');
    expect(await field('/organisational-life?kind=party-day')).toContain('kind');
    expect(await field('/organisational-life?withdrawn=yes')).toContain('withdrawn');
    expect(await field('/life-requirements/1999')).toContain('year');
    expect(await field('/vitality-weights/2026x')).toContain('year');
    const unknown = await admin.expect(
      404,
      'GET',
      '/organisational-life/00000000-0000-4000-8000-000000000000',
    );
    expect(unknown.body.code).toBe('ORGANISATIONAL_LIFE.NOT_FOUND');
  });

  it('answers the default tables for a year none was set for, and the set one once it is', async () => {
    const requirements = await admin.expect(200, 'GET', '/life-requirements/2026');
    expect(requirements.body).toEqual({
      year: 2026,
      ...DEFAULT_LIFE_REQUIREMENTS,
      isDefault: true,
      version: 0,
      setAt: null,
      updatedAt: null,
    });
    const weights = { ...DEFAULT_VITALITY_WEIGHTS, lifeCompleteness: 35, attendance: 5 };
    await directCommands(api)('vitality-weights', randomUUID(), vitalityWeightsDecider, {
      type: 'SetVitalityWeights',
      year: 2027,
      weights,
    });
    const set = await admin.view('/vitality-weights/2027', 1);
    expect(set).toMatchObject({ year: 2027, weights, isDefault: false, version: 1 });
    expect((await admin.expect(200, 'GET', '/vitality-weights/2026')).body).toMatchObject({
      weights: DEFAULT_VITALITY_WEIGHTS,
      isDefault: true,
    });
  });
});
