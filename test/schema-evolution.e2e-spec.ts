import { TEST_JWT_SECRET } from './support/auth';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { hashCommit, type StoredCommit } from '@pb/event-store';
import { ENTITY_PROJECTIONS, loadConfig } from '@pb/platform';
import {
  checkConsistency,
  rebuildReadModels,
  type CampaignView,
  type SocietyView,
} from '@pb/projections';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { appendCampaignDraftedV1, appendSocietyRegisteredV1 } from './support/legacy-events';
import { call, eventually, until } from './support/http';

jest.setTimeout(60000);

describe('schema evolution: events stored at version 1 by an older release', () => {
  let dataDir: string;
  let api: Api;
  let stored: StoredCommit;
  let storedRow: string;
  const societyId = randomUUID();
  const streamId = `society-${societyId}`;
  const oldName = '天津市老版本登记学会';

  const rawRow = (id: string) => {
    const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
    try {
      return (db.prepare('SELECT body FROM commits WHERE id = ?').get(id) as { body: string }).body;
    } finally {
      db.close();
    }
  };
  const caughtUp = () =>
    until(
      () => api.runtime.infra.store.countUndispatched(),
      (n) => n === 0,
      15000,
      'the relay to publish every commit',
    );

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pb-schema-'));
    api = await startApi(
      loadConfig({ AUTH_JWT_SECRET: TEST_JWT_SECRET, DATA_DIR: dataDir, PORT: '0' }),
      { logger: false },
    );
    stored = await appendSocietyRegisteredV1(api, { societyId, name: oldName, kind: 'society' });
    storedRow = rawRow(stored.id);
    api.runtime.committed();
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('projects the old registration into the society view with no short name', async () => {
    await eventually(async () => {
      const read = await call(api.url, 'GET', `/societies/${societyId}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        id: societyId,
        name: oldName,
        kind: 'society',
        creditCode: null,
        shortName: null,
        status: 'registered',
        version: 1,
      });
    }, 15000);
    // The document itself, not only the answer, which would also fill in a missing field.
    const view = await api.runtime.infra.views.get<SocietyView>('societies', societyId);
    expect(view).toMatchObject({ shortName: null });
  });

  it('renames the old society: the decider folds the upcast registration', async () => {
    const renamed = await call(
      api.url,
      'POST',
      `/societies/${societyId}/rename`,
      { name: '天津市新版本更名学会', reason: '章程修改' },
      { 'If-Match': '"1"' },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ version: 2, events: ['SocietyRenamed'] });
    const view = await call(api.url, 'GET', `/societies/${societyId}?minVersion=2`);
    expect(view.body).toMatchObject({
      name: '天津市新版本更名学会',
      formerNames: [oldName],
      shortName: null,
      version: 2,
    });
  });

  it('writes a new registration at version 2 with its short name and reads it back', async () => {
    const created = await call(api.url, 'POST', '/societies', {
      name: '天津市机械工程学会',
      kind: 'society',
      shortName: '机械学会',
    });
    expect(created.status).toBe(201);
    const [commit] = await api.runtime.infra.store.readStream(created.body.streamId);
    expect(commit!.events[0]).toMatchObject({
      type: 'SocietyRegistered',
      schemaVersion: 2,
      data: { name: '天津市机械工程学会', shortName: '机械学会', creditCode: null },
    });
    const read = await call(api.url, 'GET', `/societies/${created.body.id}?minVersion=1`);
    expect(read.body).toMatchObject({ name: '天津市机械工程学会', shortName: '机械学会' });

    const without = await call(api.url, 'POST', '/societies', {
      name: '天津市无简称学会',
      kind: 'association',
    });
    const [plain] = await api.runtime.infra.store.readStream(without.body.streamId);
    expect(plain!.events[0]).toMatchObject({ schemaVersion: 2, data: { shortName: null } });
  });

  it('answers a short name longer than 30 characters with 400 naming the field', async () => {
    const tooLong = await call(api.url, 'POST', '/societies', {
      name: '简称过长学会',
      kind: 'society',
      shortName: '简'.repeat(31),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'shortName', rule: 'maxLength' })]),
    );
  });

  it('writes a party organisation at version 2, at the seat the request names or its form implies', async () => {
    const created = await call(api.url, 'POST', '/societies', {
      name: '天津市席位学会',
      kind: 'society',
    });
    const record = (body: Record<string, unknown>) =>
      call(api.url, 'POST', `/societies/${created.body.id}/party-organisation`, body);
    expect((await record({ form: 'committee' })).status).toBe(200);
    expect((await record({ form: 'branch', groups: true })).status).toBe(200);
    expect((await record({ form: 'none', seat: 'council' })).status).toBe(200);
    const commits = await api.runtime.infra.store.readStream(created.body.streamId, 1);
    expect(commits.map((commit) => commit.events[0])).toMatchObject([
      { schemaVersion: 2, data: { seat: 'council', form: 'committee', groups: false } },
      { schemaVersion: 2, data: { seat: 'secretariat', form: 'branch', groups: true } },
      { schemaVersion: 2, data: { seat: 'council', form: 'none', groups: false } },
    ]);
    const wrong = await record({ form: 'branch', seat: 'board' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.field).toBe('seat');
  });

  it('reads a CampaignDrafted stored at version 1 as version 2 with no 发文 fields, and amends it at version 2', async () => {
    const campaignId = randomUUID();
    const drafted = await appendCampaignDraftedV1(api, { campaignId, title: '旧版工作部署' });
    api.runtime.committed();
    const none = { issuedBy: null, issuedOn: null, documentNumber: null };
    await eventually(async () => {
      const read = await call(api.url, 'GET', `/campaigns/${campaignId}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        title: '旧版工作部署',
        status: 'draft',
        ...none,
        version: 1,
      });
    }, 15000);
    // The document itself, not only the answer, which would also fill in a missing field.
    expect(await api.runtime.infra.views.get<CampaignView>('campaigns', campaignId)).toMatchObject(
      none,
    );

    const amended = await call(
      api.url,
      'POST',
      `/campaigns/${campaignId}/amend`,
      { issuedOn: '2021-07-12', documentNumber: '科协党发〔2021〕12号' },
      { 'If-Match': '"1"' },
    );
    expect(amended.status).toBe(200);
    const [first, second] = await api.runtime.infra.store.readStream(drafted.streamId);
    expect(first).toEqual(drafted);
    expect(second!.events[0]).toMatchObject({
      type: 'CampaignAmended',
      schemaVersion: 2,
      data: { issuedBy: null, issuedOn: '2021-07-12', documentNumber: '科协党发〔2021〕12号' },
    });
    const read = await call(api.url, 'GET', `/campaigns/${campaignId}?minVersion=2`);
    expect(read.body).toMatchObject({
      issuedBy: null,
      issuedOn: '2021-07-12',
      documentNumber: '科协党发〔2021〕12号',
    });
  });

  it('keeps the version 1 commit byte for byte, and the store verifies after a seal', async () => {
    expect(rawRow(stored.id)).toBe(storedRow);
    expect(storedRow).toBe(JSON.stringify(stored));
    const [commit] = await api.runtime.infra.store.readStream(streamId, 0, 1);
    expect(commit).toEqual(stored);
    expect(commit!.events[0]!.schemaVersion).toBe(1);
    expect(commit!.events[0]!.data).not.toHaveProperty('shortName');
    expect(hashCommit(commit!)).toBe(stored.hash);

    expect((await call(api.url, 'POST', '/audit/seals')).status).toBe(201);
    const verified = await call(api.url, 'GET', '/audit/verify');
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true, problems: [] });
  });

  it('agrees with an in-memory replay, and a rebuild reproduces the view', async () => {
    await caughtUp();
    const consistency = await checkConsistency(
      api.runtime.infra.store,
      api.runtime.infra.views,
      ENTITY_PROJECTIONS,
    );
    expect(consistency.differences).toEqual([]);

    const before = await call(api.url, 'GET', `/societies/${societyId}`);
    const report = await rebuildReadModels(
      api.runtime.infra.store,
      api.runtime.infra.views,
      ENTITY_PROJECTIONS,
    );
    expect(report.events).toBeGreaterThan(0);
    const after = await call(api.url, 'GET', `/societies/${societyId}`);
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
    expect(after.body).toMatchObject({ shortName: null, formerNames: [oldName] });
    expect(rawRow(stored.id)).toBe(storedRow);
  });
});
