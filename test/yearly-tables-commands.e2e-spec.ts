import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIFE_REQUIREMENTS, DEFAULT_VITALITY_WEIGHTS } from '@pb/domain';
import { loadConfig } from '@pb/platform';
import { lifeRequirementsId, vitalityWeightsId } from '../apps/api/src/application/year-streams';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET, tokenFor } from './support/auth';
import { call, refusal } from './support/http';

describe("the office sets a year's organisational-life requirements and vitality weights over HTTP in embedded mode", () => {
  let api: Api;
  let office: ApiClient;
  const tokens: Record<string, string> = {};
  const as = (who: string, method: string, path: string, body?: unknown) =>
    call(api.url, method, path, body, { authorization: `Bearer ${tokens[who]}` });
  const invalid = (field: string) => ({ status: 400, code: 'REQUEST.INVALID', field });

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-yearly-tables-')),
        PORT: '0',
      }),
      { logger: false },
    );
    office = new ApiClient(api.url);
    const society = await office.society('天津市机械工程学会');
    tokens.society = await tokenFor({ sub: 'secretary', role: 'society', societyId: society });
    tokens.liaison = await tokenFor({ sub: 'liaison', role: 'liaison', memberId: society });
    tokens.auditor = await tokenFor({ sub: 'auditor', role: 'auditor' });
  });
  afterAll(async () => {
    await api.app.close();
  });

  it("sets a year's requirement table on the year's own stream; the same table again writes nothing", async () => {
    const table = {
      ...DEFAULT_LIFE_REQUIREMENTS,
      requirements: {
        ...DEFAULT_LIFE_REQUIREMENTS.requirements,
        branch: [{ kind: 'theme-day', per: 'month', count: 2 }],
      },
      redListSize: 5,
    };
    const answer = await office.expect(200, 'PUT', '/life-requirements/2026', table);
    expect(answer.body).toMatchObject({
      id: lifeRequirementsId(2026),
      streamId: `life-requirements-${lifeRequirementsId(2026)}`,
      version: 1,
      events: ['LifeRequirementsSet'],
    });
    expect((await office.expect(200, 'PUT', '/life-requirements/2026', table)).body).toMatchObject({
      version: 1,
      events: [],
    });
    await office.expect(200, 'PUT', '/life-requirements/2026', DEFAULT_LIFE_REQUIREMENTS, {
      'If-Match': '"1"',
    });
    expect(
      await refusal(call(api.url, 'PUT', '/life-requirements/2026', table, { 'If-Match': '"1"' })),
    ).toMatchObject({ status: 412 });
    const put = (body: object, year: string | number = 2027) =>
      refusal(call(api.url, 'PUT', `/life-requirements/${year}`, body));
    const requirements = DEFAULT_LIFE_REQUIREMENTS.requirements;
    expect(await put({ ...table, requirements: { ...requirements, 'work-group': [] } })).toEqual(
      invalid('requirements.work-group'),
    );
    const { branch: _, ...withoutBranch } = requirements;
    expect(await put({ ...table, requirements: withoutBranch })).toEqual(
      invalid('requirements.branch'),
    );
    const tooOften = [{ kind: 'theme-day', per: 'month', count: 11 }];
    expect(await put({ ...table, requirements: { ...requirements, committee: tooOften } })).toEqual(
      invalid('requirements.committee[0].count'),
    );
    const twice = [
      { kind: 'theme-day', per: 'month', count: 1 },
      { kind: 'theme-day', per: 'quarter', count: 1 },
    ];
    expect(await put({ ...table, requirements: { ...requirements, committee: twice } })).toEqual({
      status: 400,
      code: 'LIFE_REQUIREMENTS.KIND_REPEATED',
      field: 'requirements.committee[1].kind',
    });
    expect(await put({ ...table, redListSize: 0 })).toEqual(invalid('redListSize'));
    expect(await put(table, 1999)).toEqual(invalid('year'));
    expect(await put(table, '2026年')).toEqual(invalid('year'));
    for (const who of ['society', 'liaison', 'auditor'])
      expect((await as(who, 'PUT', '/life-requirements/2027', table)).status).toBe(403);
  });

  it("sets a year's vitality weights, refusing weights that do not add up to 100 with the sum", async () => {
    const answer = await office.expect(200, 'PUT', '/vitality-weights/2026', {
      weights: DEFAULT_VITALITY_WEIGHTS,
    });
    expect(answer.body).toMatchObject({
      streamId: `vitality-weights-${vitalityWeightsId(2026)}`,
      version: 1,
      events: ['VitalityWeightsSet'],
    });
    const put = (weights: object) =>
      refusal(call(api.url, 'PUT', '/vitality-weights/2026', { weights }));
    const sum99 = await call(api.url, 'PUT', '/vitality-weights/2026', {
      weights: { ...DEFAULT_VITALITY_WEIGHTS, stars: 14 },
    });
    expect({ status: sum99.status, code: sum99.body.code, field: sum99.body.field }).toEqual({
      status: 422,
      code: 'VITALITY_WEIGHTS.SUM_NOT_100',
      field: 'weights',
    });
    expect(sum99.body.detail).toContain('99');
    const { stars: _, ...withoutStars } = DEFAULT_VITALITY_WEIGHTS;
    expect(await put(withoutStars)).toEqual(invalid('weights.stars'));
    expect(await put({ ...DEFAULT_VITALITY_WEIGHTS, lectures: 101 })).toEqual(
      invalid('weights.lectures'),
    );
    expect(await put({ ...DEFAULT_VITALITY_WEIGHTS, mood: 0 })).toEqual(invalid('weights.mood'));
    for (const who of ['society', 'liaison', 'auditor'])
      expect(
        (await as(who, 'PUT', '/vitality-weights/2026', { weights: DEFAULT_VITALITY_WEIGHTS }))
          .status,
      ).toBe(403);
  });
});
