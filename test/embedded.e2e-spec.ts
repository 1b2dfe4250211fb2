import { TEST_JWT_SECRET } from './support/auth';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pb/platform';
import { CommandRunner } from '../apps/api/src/application/command-runner';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { call } from './support/http';
import { appendSocietyRegisteredV1 } from './support/legacy-events';

const CODE = '91350100M000100Y43';

describe('the api in embedded mode (SQLite, in-process transport)', () => {
  let dataDir: string;
  let api: Api;
  const start = async () => {
    api = await startApi(
      loadConfig({ AUTH_JWT_SECRET: TEST_JWT_SECRET, DATA_DIR: dataDir, PORT: '0' }),
      { logger: false },
    );
    return api.url;
  };

  /** Sends commands under one Idempotency-Key. */
  const keyed = (key: string) => (path: string, body: unknown) =>
    call(api.url, 'POST', path, body, { 'Idempotency-Key': key });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pb-e2e-'));
    await start();
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('registers a society and serves it from the read model, Chinese text byte for byte', async () => {
    const name = '天津市机械工程学会「流动党校」👩‍🔬';
    const created = await call(api.url, 'POST', '/societies', {
      name,
      kind: 'society',
      creditCode: CODE,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      version: 1,
      events: ['SocietyRegistered'],
      replayed: false,
    });
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.headers.get('location')).toBe(`/societies/${created.body.id}`);
    const read = await call(api.url, 'GET', `/societies/${created.body.id}?minVersion=1`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body).toMatchObject({
      id: created.body.id,
      name,
      kind: 'society',
      creditCode: CODE,
      status: 'registered',
      hasPartyOrganisation: false,
      version: 1,
    });
    expect(Buffer.from(read.text).includes(Buffer.from(name))).toBe(true);
  });

  it('answers a malformed body with 400 naming each field and rule', async () => {
    const bad = await call(api.url, 'POST', '/societies', {
      name: '',
      kind: 'club',
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.code).toBe('REQUEST.INVALID');
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', rule: 'isNotEmpty' }),
        expect.objectContaining({ field: 'kind', rule: 'isIn' }),
        expect.objectContaining({ field: 'colour', rule: 'unknownField' }),
      ]),
    );
  });

  it('answers broken JSON, a wrong type and a bad credit code with 400, never 500', async () => {
    const broken = await call(api.url, 'POST', '/societies', '{"name": "学会", ');
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'REQUEST.MALFORMED', field: 'body' });
    const wrongType = await call(api.url, 'POST', '/societies', { name: 42, kind: 'society' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'name', rule: 'isString' })]),
    );
    const checksum = await call(api.url, 'POST', '/societies', {
      name: '校验位错误学会',
      kind: 'society',
      creditCode: '91350100M000100Y44',
    });
    expect(checksum.status).toBe(400);
    expect(checksum.body).toMatchObject({
      code: 'SOCIETY.CREDIT_CODE_INVALID',
      field: 'creditCode',
    });
    const array = await call(api.url, 'POST', '/societies', '[1,2]');
    expect(array.status).toBe(400);
  });

  it('answers registering the same society twice with 409: same id, same name or same credit code', async () => {
    const id = randomUUID();
    expect(
      (
        await call(api.url, 'POST', '/societies', {
          id,
          name: '重复登记测试学会',
          kind: 'association',
        })
      ).status,
    ).toBe(201);
    const sameId = await call(api.url, 'POST', '/societies', {
      id,
      name: '另一个名字的学会',
      kind: 'association',
    });
    expect(sameId.status).toBe(409);
    expect(sameId.body.code).toBe('SOCIETY.ALREADY_REGISTERED');
    const sameName = await call(api.url, 'POST', '/societies', {
      name: '重复登记测试学会',
      kind: 'association',
    });
    expect(sameName.status).toBe(409);
    expect(sameName.body).toMatchObject({ code: 'SOCIETY.NAME_TAKEN', field: 'name' });
    const sameCode = await call(api.url, 'POST', '/societies', {
      name: '信用代码重复的学会',
      kind: 'society',
      creditCode: CODE,
    });
    expect(sameCode.status).toBe(409);
    expect(sameCode.body).toMatchObject({ code: 'SOCIETY.CREDIT_CODE_TAKEN', field: 'creditCode' });
  });

  it('answers an unknown id with 404 and a malformed id with 400', async () => {
    const unknown = await call(api.url, 'GET', `/societies/${randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('SOCIETY.NOT_FOUND');
    const renameUnknown = await call(api.url, 'POST', `/societies/${randomUUID()}/rename`, {
      name: '无此学会',
    });
    expect(renameUnknown.status).toBe(404);
    const malformed = await call(api.url, 'GET', '/societies/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ field: 'id' });
    expect((await call(api.url, 'GET', '/no-such-route')).status).toBe(404);
  });

  it('repeats the first answer to a retried command and writes nothing more', async () => {
    const key = `retry-${randomUUID()}`;
    const first = await call(
      api.url,
      'POST',
      '/societies',
      { name: '幂等重试学会', kind: 'society' },
      { 'Idempotency-Key': key },
    );
    const again = await call(
      api.url,
      'POST',
      '/societies',
      { name: '幂等重试学会', kind: 'society' },
      { 'Idempotency-Key': key },
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const commits = await api.runtime.infra.store.readStream(first.body.streamId);
    expect(commits).toHaveLength(1);
  });

  it('refuses an Idempotency-Key sent again with another body, route or path (422) and writes nothing', async () => {
    const send = keyed(`reuse-${randomUUID()}`);
    const first = await send('/societies', { name: '幂等键学会', kind: 'society' });
    expect(first.status).toBe(201);
    // The same request spelled otherwise (key order, spaces) is the same request.
    const respelled = await send('/societies', '{ "kind": "society",   "name": "幂等键学会" }');
    expect([respelled.status, respelled.body]).toEqual([201, { ...first.body, replayed: true }]);
    const otherBody = await send('/societies', { name: '幂等键另一学会', kind: 'society' });
    expect([otherBody.status, otherBody.body.code, otherBody.body.field]).toEqual([
      422,
      'IDEMPOTENCY.KEY_REUSED',
      'Idempotency-Key',
    ]);
    expect(otherBody.body.detail).toContain('first used for a different request');
    const rename = { name: '幂等键更名学会', reason: '章程修改' };
    const otherRoute = await send(`/societies/${first.body.id}/rename`, rename);
    expect([otherRoute.status, otherRoute.body.code]).toEqual([422, 'IDEMPOTENCY.KEY_REUSED']);
    expect(await api.runtime.infra.store.readStream(first.body.streamId)).toHaveLength(1);
    const free = await call(api.url, 'POST', '/societies', {
      name: '幂等键另一学会',
      kind: 'society',
    });
    expect(free.status).toBe(201);

    const sendRename = keyed(`rename-${randomUUID()}`);
    expect((await sendRename(`/societies/${first.body.id}/rename`, rename)).status).toBe(200);
    const otherPath = await sendRename(`/societies/${free.body.id}/rename`, rename);
    expect([otherPath.status, otherPath.body.code]).toEqual([422, 'IDEMPOTENCY.KEY_REUSED']);
    expect(await api.runtime.infra.store.readStream(free.body.streamId)).toHaveLength(1);
  });

  it('replays a command committed before requests were hashed, taking the retry for the same request', async () => {
    const key = `legacy-${randomUUID()}`;
    const commandId = api.app.get(CommandRunner).commandIdOf({
      actor: 'office-test',
      correlationId: key,
      idempotencyKey: key,
      expectedVersion: null,
    });
    const societyId = randomUUID();
    await appendSocietyRegisteredV1(
      api,
      { societyId, name: '哈希前学会', kind: 'society' },
      commandId,
    );
    const retried = await keyed(key)('/societies', { name: '哈希前学会', kind: 'association' });
    expect([retried.status, retried.body]).toEqual([
      201,
      expect.objectContaining({ id: societyId, version: 1, replayed: true }),
    ]);
  });

  it('renames with If-Match, answers 412 when the version moved on, and keeps the former name', async () => {
    const created = await call(api.url, 'POST', '/societies', {
      name: '更名前学会',
      kind: 'research-society',
    });
    const id = created.body.id;
    const renamed = await call(
      api.url,
      'POST',
      `/societies/${id}/rename`,
      { name: '更名后研究会', reason: '章程修改' },
      { 'If-Match': '"1"' },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body.version).toBe(2);
    const stale = await call(
      api.url,
      'POST',
      `/societies/${id}/rename`,
      { name: '第三个名字' },
      { 'If-Match': '"1"' },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('STREAM.VERSION_MISMATCH');
    const view = await call(api.url, 'GET', `/societies/${id}?minVersion=2`);
    expect(view.body).toMatchObject({
      name: '更名后研究会',
      formerNames: ['更名前学会'],
      version: 2,
    });
    const freed = await call(api.url, 'POST', '/societies', {
      name: '更名前学会',
      kind: 'society',
    });
    expect(freed.status).toBe(201);
  });

  it('records a party organisation, deregisters, and refuses changes after deregistration with 422', async () => {
    const { body } = await call(api.url, 'POST', '/societies', {
      name: '党组织记录学会',
      kind: 'society',
    });
    const recorded = await call(api.url, 'POST', `/societies/${body.id}/party-organisation`, {
      form: 'joint-branch',
      secretary: '赵敏',
      memberCount: 7,
      establishedOn: '2021-07-01',
    });
    expect(recorded.status).toBe(200);
    expect(
      (await call(api.url, 'POST', `/societies/${body.id}/deregister`, { reason: '注销' })).status,
    ).toBe(200);
    const late = await call(api.url, 'POST', `/societies/${body.id}/rename`, {
      name: '注销后更名',
    });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('SOCIETY.DEREGISTERED');
    const view = await call(api.url, 'GET', `/societies/${body.id}?minVersion=3`);
    expect(view.body).toMatchObject({
      status: 'deregistered',
      hasPartyOrganisation: true,
      partyOrganisation: { form: 'joint-branch', secretary: '赵敏', memberCount: 7 },
    });
  });

  it('serves the OpenAPI document at /docs', async () => {
    const spec = await call(api.url, 'GET', '/docs/openapi.json');
    expect(spec.status).toBe(200);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(['/societies', '/societies/{id}', '/societies/{id}/rename']),
    );
    expect((await call(api.url, 'GET', '/docs')).status).toBe(200);
  });

  it('keeps its data across a restart', async () => {
    const { body } = await call(api.url, 'POST', '/societies', {
      name: '重启保留学会',
      kind: 'society',
    });
    await call(api.url, 'GET', `/societies/${body.id}?minVersion=1`);
    await api.app.close();
    const url = await start();
    const read = await call(url, 'GET', `/societies/${body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.name).toBe('重启保留学会');
  });
});
