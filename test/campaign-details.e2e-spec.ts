import { bearer, TEST_JWT_SECRET } from './support/auth';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import {
  figuresOf,
  loadWorkbook,
  sheetNamed,
} from '../apps/api/src/reports/report-workbook.testing';
import { ApiClient } from './support/api-client';

describe('a campaign’s issuing directive and its hybrid lectures', () => {
  let api: Api;
  let client: ApiClient;
  let campaignId: string;
  let society: string;
  let liaison: string;

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-campaign-details-')),
        PORT: '0',
      }),
      { logger: false },
    );
    client = new ApiClient(api.url);
    campaignId = await client.campaign('学习贯彻党的二十大精神', {
      startsOn: '2022-11-01',
      endsOn: '2022-12-31',
      lecturesPerSociety: 1,
      serviceTasksPerSociety: 1,
    });
    liaison = await client.member('线上线下委员');
    society = await client.society(`线上线下学会-${randomUUID().slice(0, 6)}`);
    await client.assign(campaignId, society, liaison);
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('schedules a hybrid lecture (线上线下结合) with its place, stores it at version 2 and reads it back', async () => {
    const { id, streamId } = (
      await client.expect(201, 'POST', '/lectures', {
        campaignId,
        societyId: society,
        lecturerId: liaison,
        topic: '党的二十大精神专题宣讲',
        scheduledAt: '2022-11-15T14:30:00+08:00',
        format: 'hybrid',
        place: '天津科技馆报告厅',
      })
    ).body;
    expect(await client.view(`/lectures/${id}`)).toMatchObject({
      format: 'hybrid',
      place: '天津科技馆报告厅',
      status: 'scheduled',
    });
    const [commit] = await api.runtime.infra.store.readStream(streamId);
    expect(commit!.events[0]).toMatchObject({
      type: 'LectureScheduled',
      schemaVersion: 2,
      data: { format: 'hybrid', place: '天津科技馆报告厅' },
    });
  });

  it('reschedules an onsite lecture as hybrid, keeping its place', async () => {
    const id = await client.lecture(campaignId, society, liaison);
    await client.expect(200, 'POST', `/lectures/${id}/reschedule`, {
      scheduledAt: '2022-11-22T14:30:00+08:00',
      format: 'hybrid',
      reason: '增设线上直播',
    });
    expect(await client.view(`/lectures/${id}`, 2)).toMatchObject({
      format: 'hybrid',
      place: '学会会议室',
      reschedules: 1,
    });
  });

  it('refuses a format it does not know, naming the field', async () => {
    const refused = await client.expect(400, 'POST', '/lectures', {
      campaignId,
      societyId: society,
      lecturerId: liaison,
      topic: '党的二十大精神专题宣讲',
      scheduledAt: '2022-11-15T14:30:00+08:00',
      format: 'broadcast',
    });
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'format', rule: 'isIn' })]),
    );
  });

  describe('发文单位, 发文日期 and 文号', () => {
    const directive = {
      issuedBy: '中共天津市科协科技社团委员会',
      issuedOn: '2021-07-12',
      documentNumber: '科协党发〔2021〕12号',
    };
    let id: string;

    beforeAll(async () => {
      const drafted = await client.expect(201, 'POST', '/campaigns', {
        title: '学习贯彻“七一”重要讲话精神',
        ...directive,
        documentNumber: '科协党发〔2021〕11号',
      });
      id = drafted.body.id;
      await client.expect(200, 'POST', `/campaigns/${id}/amend`, {
        documentNumber: directive.documentNumber,
      });
    });

    it('draws them from the draft and the amendment into GET /campaigns/{id}', async () => {
      expect(await client.view(`/campaigns/${id}`, 2)).toMatchObject({ ...directive, version: 2 });
      const commits = await api.runtime.infra.store.readStream(`campaign-${id}`);
      expect(commits.map((commit) => commit.events[0])).toMatchObject([
        { type: 'CampaignDrafted', schemaVersion: 2, data: { issuedBy: directive.issuedBy } },
        { type: 'CampaignAmended', schemaVersion: 2, data: directive },
      ]);
    });

    it('states them in the report, in its JSON and in the 汇总 sheet', async () => {
      const report = (await client.expect(200, 'GET', `/campaigns/${id}/report`)).body;
      expect(report.campaign).toMatchObject(directive);
      const xlsx = await fetch(`${api.url}/campaigns/${id}/report?format=xlsx`, {
        headers: await bearer(),
      });
      expect(xlsx.status).toBe(200);
      const workbook = await loadWorkbook(Buffer.from(await xlsx.arrayBuffer()));
      expect(figuresOf(sheetNamed(workbook, '汇总'))).toMatchObject({
        发文单位: directive.issuedBy,
        发文日期: directive.issuedOn,
        文号: directive.documentNumber,
      });
    });

    it('answers null for each one a campaign was drafted without', async () => {
      const plain = (await client.expect(201, 'POST', '/campaigns', { title: '无文号的工作部署' }))
        .body.id;
      expect(await client.view(`/campaigns/${plain}`)).toMatchObject({
        issuedBy: null,
        issuedOn: null,
        documentNumber: null,
      });
    });

    it('documents them on the draft, the amendment and the answer, nullable strings typed as strings', async () => {
      const { schemas } = (await client.expect(200, 'GET', '/docs/openapi.json')).body.components;
      for (const request of ['DraftCampaignRequest', 'AmendCampaignRequest'])
        expect(schemas[request].properties).toMatchObject({
          issuedBy: { type: 'string', maxLength: 100 },
          issuedOn: { type: 'string', format: 'date' },
          documentNumber: { type: 'string', maxLength: 50, example: '科协党发〔2021〕12号' },
        });
      const answer = schemas.CampaignAnswer.properties;
      for (const field of ['issuedBy', 'issuedOn', 'documentNumber'])
        expect(answer[field]).toMatchObject({ type: 'string', nullable: true });
    });

    it.each([
      ['issuedBy', '科'.repeat(101), 'maxLength'],
      ['documentNumber', '号'.repeat(51), 'maxLength'],
      ['documentNumber', '', 'isNotEmpty'],
      ['issuedOn', '2021年7月12日', 'isIso8601'],
    ])('refuses a draft whose %s is %j, naming the field', async (field, value, rule) => {
      const refused = await client.expect(400, 'POST', '/campaigns', {
        title: '学习贯彻“七一”重要讲话精神',
        [field]: value,
      });
      expect(refused.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, rule })]),
      );
    });

    it('refuses a date that does not exist, naming the field', async () => {
      const refused = await client.expect(400, 'POST', `/campaigns/${id}/amend`, {
        issuedOn: '2021-02-30',
      });
      expect(refused.body.field ?? refused.body.errors?.[0]?.field).toBe('issuedOn');
    });
  });
});
