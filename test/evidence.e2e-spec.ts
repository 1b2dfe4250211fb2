import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET, tokenFor } from './support/auth';
import { fixture, upload } from './support/evidence';
import { call } from './support/http';
import { memberToken, secretaryToken } from './support/inspection-client';

const CLI = join(__dirname, '..', 'dist', 'apps', 'api', 'src', 'cli.js');
const MAX_BYTES = 64 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('evidence files in embedded mode: upload, record, read as allowed, verify', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pb-evidence-'));
  let api: Api;
  let office: ApiClient;
  let lecturer: string;
  let lecturerToken: string;
  let society: string;
  let otherSociety: string;
  let lecture: string;

  beforeAll(async () => {
    const env = { AUTH_JWT_SECRET: TEST_JWT_SECRET, DATA_DIR: dataDir, PORT: '0' };
    api = await startApi(loadConfig({ ...env, EVIDENCE_MAX_BYTES: String(MAX_BYTES) }), {
      logger: false,
    });
    office = new ApiClient(api.url);
    society = await office.society('中国电子学会');
    otherSociety = await office.society('中国仪器仪表学会');
    lecturer = await office.member('张宣讲', 'member');
    lecturerToken = await memberToken(lecturer);
    lecture = await office.campaignLecture(society, lecturer);
  });
  let closed = false;
  afterAll(async () => {
    if (!closed) await api.app.close();
  });

  it.each([
    ['宣讲现场.jpg', 'image/jpeg'],
    ['签到表.png', 'image/png'],
    ['会议记录.pdf', 'application/pdf'],
    ['手机照片.heic', 'image/heic'],
  ])('keeps %s as %s by its SHA-256, with its Chinese name', async (name, mediaType) => {
    const bytes = fixture(name);
    const answer = await upload(api.url, bytes, name, lecturerToken);
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ sha256: sha256(bytes), name, mediaType, size: bytes.length });
  });

  it('keeps the same bytes once, whoever uploads them again', async () => {
    const bytes = fixture('宣讲现场.jpg');
    const again = await upload(api.url, bytes, 'again.jpg', await secretaryToken(society));
    expect(again.status).toBe(201);
    const hash = sha256(bytes);
    expect(readdirSync(join(dataDir, 'files', hash.slice(0, 2))).filter((f) => f === hash)).toEqual(
      [hash],
    );
  });

  it('refuses text renamed .jpg (415), a file past the limit (413) and a request without a file (400)', async () => {
    const text = await upload(api.url, fixture('not-a-photo.jpg'), 'not-a-photo.jpg');
    expect([text.status, text.body.code, text.body.field]).toEqual([
      415,
      'FILE.TYPE_UNSUPPORTED',
      'file',
    ]);
    const big = Buffer.concat([fixture('会议记录.pdf'), Buffer.alloc(MAX_BYTES)]);
    const tooLarge = await upload(api.url, big, 'big.pdf');
    expect([tooLarge.status, tooLarge.body.code]).toEqual([413, 'FILE.TOO_LARGE']);
    const none = await call(api.url, 'POST', '/files', {});
    expect([none.status, none.body.field]).toEqual([400, 'file']);
    expect(readdirSync(join(dataDir, 'files', '.tmp'))).toEqual([]);
  });

  it('answers 400 at `file`, not 500, to a file after more text parts than an upload takes', async () => {
    const fields = Array.from({ length: 6 }, (_, i) => [`备注${i}`, '{}'] as const);
    const answer = await upload(api.url, fixture('签到表.png'), '签到表.png', undefined, fields);
    expect([answer.status, answer.body.code, answer.body.field]).toEqual([
      400,
      'REQUEST.INVALID',
      'file',
    ]);
  });

  it('refuses integration accounts', async () => {
    const token = await tokenFor({ sub: 'sys', role: 'integration', scopes: ['reports:read'] });
    expect((await upload(api.url, fixture('签到表.png'), 'a.png', token)).status).toBe(403);
  });

  it('records a delivery with a photo, refusing a file never uploaded at its field', async () => {
    const photo = sha256(fixture('宣讲现场.jpg'));
    const headers = { authorization: `Bearer ${lecturerToken}` };
    const unknown = await call(
      api.url,
      'POST',
      `/lectures/${lecture}/delivery`,
      { ...office.delivery(30, 200), evidence: [{ sha256: photo }, { sha256: 'f'.repeat(64) }] },
      headers,
    );
    expect([unknown.status, unknown.body.code, unknown.body.field]).toEqual([
      400,
      'FILE.NOT_FOUND',
      'evidence[1].sha256',
    ]);
    const delivered = await call(
      api.url,
      'POST',
      `/lectures/${lecture}/delivery`,
      { ...office.delivery(30, 200), evidence: [{ sha256: photo, name: '宣讲现场（一）.jpg' }] },
      headers,
    );
    expect(delivered.status).toBe(200);
    const read = await office.expect(
      200,
      'GET',
      `/lectures/${lecture}?minVersion=${delivered.body.version}`,
    );
    expect(read.body.delivery.evidence).toEqual([
      {
        sha256: photo,
        name: '宣讲现场（一）.jpg',
        mediaType: 'image/jpeg',
        size: fixture('宣讲现场.jpg').length,
      },
    ]);
  });

  it('serves the photo to the lecturer and the society, and answers 404 to another society', async () => {
    const photo = fixture('宣讲现场.jpg');
    const path = `/files/${sha256(photo)}`;
    const as = async (token: string) =>
      fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    for (const token of [lecturerToken, await secretaryToken(society)]) {
      const answer = await as(token);
      expect(answer.status).toBe(200);
      expect(Buffer.from(await answer.arrayBuffer())).toEqual(photo);
      expect(answer.headers.get('content-type')).toBe('image/jpeg');
      expect(answer.headers.get('content-length')).toBe(String(photo.length));
      expect(answer.headers.get('etag')).toBe(`"${sha256(photo)}"`);
      expect(answer.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent('宣讲现场.jpg')}`,
      );
    }
    const stranger = await as(await secretaryToken(otherSociety));
    expect([stranger.status, ((await stranger.json()) as { code: string }).code]).toEqual([
      404,
      'FILE.NOT_FOUND',
    ]);
    const never = await fetch(`${api.url}/files/${'0'.repeat(64)}`, {
      headers: { authorization: `Bearer ${lecturerToken}` },
    });
    expect(never.status).toBe(404);
  });

  it('lets the uploader alone read an upload no record names yet', async () => {
    const png = fixture('签到表.png');
    const path = `/files/${sha256(png)}`;
    expect(
      (await call(api.url, 'GET', path, undefined, { authorization: `Bearer ${lecturerToken}` }))
        .status,
    ).toBe(200);
    const other = await memberToken(await office.member('李委员'));
    expect(
      (await call(api.url, 'GET', path, undefined, { authorization: `Bearer ${other}` })).status,
    ).toBe(404);
    expect((await call(api.url, 'GET', path)).status).toBe(200);
  });

  it('verify names a file replaced on disk, by the event, the record, its name and both hashes', async () => {
    const photo = sha256(fixture('宣讲现场.jpg'));
    const healthy = await office.expect(200, 'GET', '/audit/verify');
    expect([healthy.body.ok, healthy.body.files]).toEqual([true, 1]);
    writeFileSync(join(dataDir, 'files', photo.slice(0, 2), photo), fixture('签到表.png'));
    const broken = await office.expect(200, 'GET', '/audit/verify');
    expect(broken.body.ok).toBe(false);
    expect(broken.body.problems).toEqual([
      expect.objectContaining({
        kind: 'file-altered',
        streamId: `lecture-${lecture}`,
        file: {
          name: '宣讲现场（一）.jpg',
          expectedSha256: photo,
          actualSha256: sha256(fixture('签到表.png')),
        },
      }),
    ]);
    expect(broken.body.problems[0].message).toContain('LectureDelivered');
    await api.app.close();
    closed = true;
    const cli = await verifyCli();
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`file-altered: LectureDelivered`);
    expect(cli.stdout).toContain(
      `names file "宣讲现场（一）.jpg" (sha256 ${photo}), whose bytes now hash to ${sha256(fixture('签到表.png'))}`,
    );
  });

  it('verify names a file deleted from disk, by the event, the record, its name and its hash, and exits 1', async () => {
    const photo = sha256(fixture('宣讲现场.jpg'));
    rmSync(join(dataDir, 'files', photo.slice(0, 2), photo));
    const cli = await verifyCli();
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(
      new RegExp(
        `^  file-missing: LectureDelivered \\S+ of lecture-${lecture} names file "宣讲现场（一）\\.jpg" \\(sha256 ${photo}\\), which the file store no longer holds$`,
        'm',
      ),
    );
    expect(cli.stdout).toMatch(/^verify: 1 problem\(s\); first: LectureDelivered /m);
  });

  /** `npm run cli -- verify` on the data directory, with the api stopped. */
  function verifyCli(): Promise<{ code: number; stdout: string }> {
    return new Promise((resolve) =>
      execFile(
        process.execPath,
        [CLI, 'verify'],
        {
          env: {
            PATH: process.env.PATH,
            DATA_DIR: dataDir,
            MODE: 'embedded',
            AUTH_JWT_SECRET: TEST_JWT_SECRET,
          },
          timeout: 30_000,
        },
        (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }),
      ),
    );
  }
});
