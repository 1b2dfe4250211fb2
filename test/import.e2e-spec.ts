import { bearer, TEST_JWT_SECRET } from './support/auth';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { creditCodeCheckCharacter } from '@pb/domain';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { encodeGb18030 } from '../apps/api/src/imports/table/gb18030.testing';
import { parseArrangementTable, toXlsx } from '../apps/api/src/imports/table';
import { ApiClient } from './support/api-client';
import { countEventsByType } from './support/event-counts';

const HEADERS = ['序号', '委员姓名', '委员职务', '学会名称', '学会类型', '统一社会信用代码'];
const code = (n: number) => {
  const first17 = `5112000050${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
};

async function upload(base: string, campaignId: string, file: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([file]), name);
  const response = await fetch(`${base}/campaigns/${campaignId}/imports`, {
    method: 'POST',
    body: form,
    headers: await bearer(),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('importing the arrangement table (宣讲安排表)', () => {
  let api: Api;
  let client: ApiClient;
  let campaignId: string;
  const total = async () =>
    Object.values(await countEventsByType(api.runtime.infra.store)).reduce((a, b) => a + b, 0);

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-import-')),
        PORT: '0',
      }),
      { logger: false },
    );
    client = new ApiClient(api.url);
    campaignId = await client.campaign('学习贯彻“七一”重要讲话精神', {
      startsOn: '2021-07-19',
      endsOn: '2021-12-31',
      lecturesPerSociety: 1,
      serviceTasksPerSociety: 2,
    });
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('serves a template that reads back as an empty table', async () => {
    const response = await fetch(`${api.url}/imports/arrangement-template.xlsx`, {
      headers: await bearer(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const parsed = await parseArrangementTable(Buffer.from(await response.arrayBuffer()));
    expect(parsed).toMatchObject({ format: 'xlsx', rows: [], rejected: [] });
  });

  it('imports members, societies and assignments from XLSX, rejects bad rows with reasons, and changes nothing on a second upload', async () => {
    const existingMember = await client.member('王建国', 'member');
    const existingSociety = await client.society('天津市建筑学会', 'society', code(1));
    const rows = [
      [1, '王建国', '副书记', '天津市建筑学会（旧称）', '学会', code(1)],
      [2, '王建国', '副书记', '天津市机械工程学会', '学会', code(2)],
      [3, '李红', '宣讲专家', '天津市电子学会', '学会', null],
      [4, '李红', '宣讲专家', '天津市化工协会', '协会', null],
      [5, '李红', '宣讲专家', '天津市土木工程研究会', '研究会', null],
      [6, '赵敏', '主任', '天津市医学会', '学会', null],
      [7, '赵敏', '委员', '天津市药学会', '学会', '91350100M000100Y44'],
    ];
    const file = await toXlsx('宣讲安排表', HEADERS, rows);
    const before = await total();
    const first = await upload(api.url, campaignId, file, '宣讲安排表.xlsx');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      format: 'xlsx',
      rows: 7,
      accepted: 5,
      membersRegistered: 1,
      positionsChanged: 1,
      societiesRegistered: 4,
      assigned: 5,
      moved: 0,
      unchanged: 0,
      missingFromFile: [],
    });
    expect(first.body.rejected.map((r: any) => [r.rowNumber, r.code])).toEqual([
      [7, 'IMPORT.POSITION_UNKNOWN'],
      [8, 'IMPORT.CREDIT_CODE_INVALID'],
    ]);
    expect(first.body.rejected[0].message).toContain('主任');
    expect(first.body.warnings.length).toBeGreaterThan(0);
    expect(await client.view(`/members/${existingMember}`, 2)).toMatchObject({
      position: 'deputy-secretary',
    });
    // created, launched, then five assignments: version 7
    const campaign = await client.view(`/campaigns/${campaignId}`, 7);
    expect(campaign.assignments.map((a: any) => a.societyId)).toContain(existingSociety);
    expect(campaign.assignments).toHaveLength(5);

    const afterFirst = await total();
    expect(afterFirst - before).toBe(1 + 1 + 4 + 5);
    const again = await upload(api.url, campaignId, file, '宣讲安排表.xlsx');
    expect(again.body).toMatchObject({
      accepted: 5,
      membersRegistered: 0,
      positionsChanged: 0,
      societiesRegistered: 0,
      assigned: 0,
      moved: 0,
      unchanged: 5,
    });
    expect(await total()).toBe(afterFirst);
  });

  it('reads an edited CSV in GB18030: moves the society whose liaison changed and lists, without withdrawing, the rows left out', async () => {
    const csv = [
      HEADERS.join(','),
      '1,王建国,副书记,天津市建筑学会,学会,' + code(1),
      '2,李红,宣讲专家,天津市机械工程学会,学会,' + code(2),
      '3,李红,宣讲专家,天津市电子学会,学会,',
      '4,李红,宣讲专家,天津市化工协会,协会,',
    ].join('\r\n');
    const result = await upload(api.url, campaignId, encodeGb18030(csv), 'arrangement.csv');
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      format: 'csv',
      encoding: 'gb18030',
      accepted: 4,
      moved: 1,
      unchanged: 3,
      assigned: 0,
    });
    expect(result.body.missingFromFile).toEqual([
      expect.objectContaining({ societyName: '天津市土木工程研究会' }),
    ]);
    const commits = await api.runtime.infra.store.readStream(`campaign-${campaignId}`);
    const moved = commits.flatMap((c) => c.events).filter((e) => e.type === 'SocietyReassigned');
    expect(moved).toHaveLength(1);
    expect(moved[0]!.data).toMatchObject({ reason: '导入更新' });
    expect(
      commits.flatMap((c) => c.events).filter((e) => e.type === 'AssignmentWithdrawn'),
    ).toHaveLength(0);
  });

  it('rejects a row whose member name belongs to two active members', async () => {
    await client.member('同名委员', 'member');
    await client.member('同名委员', 'expert');
    await client.view('/members/' + (await client.member('等待投影', 'member')));
    const csv = Buffer.from(
      '\uFEFF' +
        [
          HEADERS.join(','),
          `1,同名委员,委员,天津市力学学会-${randomUUID().slice(0, 4)},学会,`,
        ].join('\n'),
      'utf8',
    );
    const result = await upload(api.url, campaignId, csv, 'a.csv');
    expect(result.body.rejected).toEqual([
      expect.objectContaining({
        rowNumber: 2,
        code: 'IMPORT.MEMBER_AMBIGUOUS',
        column: '委员姓名',
      }),
    ]);
    expect(result.body.accepted).toBe(0);
  });

  it('answers 400 for a request without a file or with an unreadable one, 413 for a file too large, 404 for an unknown campaign', async () => {
    const noFile = await fetch(`${api.url}/campaigns/${campaignId}/imports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await bearer()) },
      body: '{}',
    });
    expect(noFile.status).toBe(400);
    expect(((await noFile.json()) as any).field).toBe('file');
    const garbage = await upload(api.url, campaignId, Buffer.from([0, 1, 2, 3, 255, 254]), 'x.bin');
    expect(garbage.status).toBe(400);
    expect(garbage.body.field).toBe('file');
    const big = await upload(api.url, campaignId, Buffer.alloc(6 * 1024 * 1024, 0x41), 'big.csv');
    expect(big.status).toBe(413);
    const unknown = await upload(
      api.url,
      randomUUID(),
      await toXlsx('s', HEADERS, [[1, '王建国', '副书记', '天津市建筑学会', '学会', null]]),
      'a.xlsx',
    );
    expect(unknown.status).toBe(404);
  });
});
