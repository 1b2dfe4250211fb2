import { TEST_JWT_SECRET } from './support/auth';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';

describe('lectures held on site and online at once', () => {
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
});
