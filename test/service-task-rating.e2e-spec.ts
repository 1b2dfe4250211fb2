import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET } from './support/auth';
import { call, until } from './support/http';
import { completedTask as completedOf } from './support/rating-workload';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const NO_TOKEN = { authorization: 'none' };

describe("the people's rating of a service task, through HTTP", () => {
  let api: Api;
  let client: ApiClient;
  let society: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'pb-rating-'));

  /** What anyone with a phone may call: no token. */
  const asPeople = (method: string, path: string, body?: unknown, headers = {}) =>
    call(api.url, method, path, body, { ...NO_TOKEN, ...headers });

  const completedTask = (title: string) => completedOf(client, society, title);

  async function codesOf(task: string): Promise<{ code: string; url: string; used: boolean }[]> {
    return (await client.expect(200, 'GET', `/service-tasks/${task}/rating/codes`)).body.codes;
  }

  const ballot = (task: string, code: string, score: number, comment?: string) =>
    asPeople('POST', `/ratings/${task}/${code}`, { score, comment });

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: dataDir,
        PORT: '0',
        RATING_CLOSE_EVERY_SECONDS: '1',
      }),
      { logger: false },
    );
    client = new ApiClient(api.url);
    society = await client.society('天津市科普作家协会');
  });

  afterAll(async () => {
    await api.app.close();
  });

  it('hands out codes, takes one ballot per code from people without an account, and closes to their mean', async () => {
    const task = await completedTask('为社区老人开展防诈骗科普讲座');
    const opened = await client.expect(200, 'POST', `/service-tasks/${task}/rating`, { codes: 4 });
    expect(opened.body.events).toEqual(['ServiceTaskRatingOpened']);
    const codes = await codesOf(task);
    expect(codes).toHaveLength(4);
    expect(codes[0]).toEqual({
      code: expect.stringMatching(/^[A-Z2-7]{12}$/),
      url: `/app/#/rate/${task}/${codes[0].code}`,
      used: false,
    });
    // Printed again, the codes are the same.
    expect(await codesOf(task)).toEqual(codes);

    expect((await asPeople('GET', `/ratings/${task}/${codes[0].code}`)).body).toMatchObject({
      taskId: task,
      title: '为社区老人开展防诈骗科普讲座',
      societyName: '天津市科普作家协会',
      status: 'open',
    });
    const [a, b, c, d] = codes.map((entry) => entry.code);
    expect((await ballot(task, a, 5, '讲得很实用')).status).toBe(200);
    // A code typed from paper in lower case and in groups is the same code.
    expect((await ballot(task, b.toLowerCase().replace(/(.{4})/g, '$1-'), 4)).status).toBe(200);
    const keyed = { 'idempotency-key': 'phone-1' };
    expect((await asPeople('POST', `/ratings/${task}/${c}`, { score: 3 }, keyed)).status).toBe(200);
    const retried = await asPeople('POST', `/ratings/${task}/${c}`, { score: 3 }, keyed);
    expect([retried.status, retried.headers.get('idempotent-replayed')]).toEqual([200, 'true']);

    const again = await ballot(task, a, 1);
    expect([again.status, again.body.code]).toEqual([409, 'RATING.CODE_USED']);
    expect((await asPeople('GET', `/ratings/${task}/${a}`)).body.status).toBe('used');
    const unknown = await ballot(task, 'AAAAAAAAAAAA', 5);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'RATING.CODE_UNKNOWN']);
    expect((await asPeople('GET', `/ratings/${task}/not-a-code`)).status).toBe(404);
    const tooHigh = await ballot(task, d, 6);
    expect([tooHigh.status, tooHigh.body.field]).toEqual([400, 'score']);
    const reported = await client.expect(422, 'POST', `/service-tasks/${task}/evaluation`, {
      rating: 5,
      raters: 30,
    });
    expect(reported.body.code).toBe('RATING.OPEN');

    // While open the society sees how many rated, not how.
    const open = await client.view(`/service-tasks/${task}`, opened.body.version + 3);
    expect(open.rating).toMatchObject({ status: 'open', codes: 4, ballots: 3, closedAt: null });
    expect(open.evaluations).toEqual([]);

    const closed = await client.expect(200, 'POST', `/service-tasks/${task}/rating/close`);
    expect(closed.body.events).toEqual(['ServiceTaskRatingClosed', 'ServiceTaskEvaluated']);
    const view = await client.view(`/service-tasks/${task}`, closed.body.version);
    expect(view).toMatchObject({
      status: 'evaluated',
      rating: { status: 'closed', ballots: 3, atDeadline: false },
      evaluations: [{ rating: 4, raters: 3, method: 'ballots', satisfied: true }],
    });
    const late = await ballot(task, d, 5);
    expect([late.status, late.body.code]).toEqual([422, 'RATING.CLOSED']);
    expect((await asPeople('GET', `/ratings/${task}/${d}`)).body.status).toBe('closed');
    expect((await codesOf(task)).map((entry) => entry.used)).toEqual([true, true, true, false]);

    // Each ballot is an event of the people holding only the hash of its code.
    const trail = await until(
      async () =>
        (await client.expect(200, 'GET', `/audit/events?streamId=service-task-${task}`)).body
          .items as { what: string; who: string; data: Record<string, unknown> }[],
      (items) => items.some((e) => e.what === 'ServiceTaskEvaluated'),
    );
    const ballots = trail.filter((e) => e.what === 'ServiceTaskBallotCast');
    expect(ballots.map((e) => [e.who, e.data.codeHash, e.data.score, e.data.comment])).toEqual([
      ['people', sha256(a), 5, '讲得很实用'],
      ['people', sha256(b), 4, null],
      ['people', sha256(c), 3, null],
    ]);
    for (const code of codes) expect(JSON.stringify(trail)).not.toContain(code.code);
    expect((await client.expect(200, 'GET', '/audit/verify')).body).toMatchObject({ ok: true });
  });

  it('refuses to open a rating of a task not completed, or a second one while it is open', async () => {
    const task = await client.task(society, undefined, '为会员单位解决技术难题');
    const early = await client.expect(422, 'POST', `/service-tasks/${task}/rating`, { codes: 3 });
    expect(early.body.code).toBe('SERVICE_TASK.NOT_COMPLETED');
    const done = await completedTask('为青年会员举办职称申报辅导');
    await client.expect(200, 'POST', `/service-tasks/${done}/rating`, { codes: 3 });
    const twice = await client.expect(409, 'POST', `/service-tasks/${done}/rating`, { codes: 3 });
    expect(twice.body.code).toBe('RATING.ALREADY_OPEN');
    const other = await completedTask('为会员单位开展技术咨询');
    const many = await client.expect(400, 'POST', `/service-tasks/${other}/rating`, { codes: 501 });
    expect(many.body.field).toBe('codes');
    const past = await client.expect(400, 'POST', `/service-tasks/${other}/rating`, {
      codes: 3,
      closesAt: '2020-01-01T00:00:00+08:00',
    });
    expect([past.body.code, past.body.field]).toEqual(['RATING.CLOSES_AT_INVALID', 'closesAt']);
  });

  it('closes by itself at the deadline as the system, and a mean below 3 reopens the task', async () => {
    const task = await completedTask('为社区居民开展健康义诊');
    const closesAt = new Date(Date.now() + 2500).toISOString();
    await client.expect(200, 'POST', `/service-tasks/${task}/rating`, { codes: 2, closesAt });
    const [a, b] = (await codesOf(task)).map((entry) => entry.code);
    expect((await ballot(task, a, 2)).status).toBe(200);
    expect((await ballot(task, b, 1)).status).toBe(200);
    const view = await until(
      async () => (await client.expect(200, 'GET', `/service-tasks/${task}`)).body,
      (doc) => doc.rating.status === 'closed',
      15_000,
      'the rating closed at its deadline',
    );
    expect(view).toMatchObject({
      status: 'in-progress',
      rating: { ballots: 2, atDeadline: true },
      evaluations: [{ rating: 1.5, raters: 2, method: 'ballots', satisfied: false }],
    });
    const trail = await until(
      async () =>
        (await client.expect(200, 'GET', `/audit/events?streamId=service-task-${task}`)).body
          .items as { what: string; who: string }[],
      (items) => items.some((e) => e.what === 'ServiceTaskReopened'),
    );
    expect(trail.find((e) => e.what === 'ServiceTaskRatingClosed')?.who).toBe('system');
  });

  it('closes without an evaluation when nobody rated; a new rating hands out new codes', async () => {
    const task = await completedTask('为会员开展科技政策宣讲');
    await client.expect(200, 'POST', `/service-tasks/${task}/rating`, { codes: 2 });
    const [old] = (await codesOf(task)).map((entry) => entry.code);
    const closed = await client.expect(200, 'POST', `/service-tasks/${task}/rating/close`);
    expect(closed.body.events).toEqual(['ServiceTaskRatingClosed']);
    expect(await client.view(`/service-tasks/${task}`, closed.body.version)).toMatchObject({
      status: 'completed',
      rating: { status: 'closed', ballots: 0 },
      evaluations: [],
    });
    await client.expect(200, 'POST', `/service-tasks/${task}/rating`, { codes: 2 });
    const renewed = (await codesOf(task)).map((entry) => entry.code);
    expect(renewed).not.toContain(old);
    expect((await asPeople('GET', `/ratings/${task}/${old}`)).body.code).toBe(
      'RATING.CODE_UNKNOWN',
    );
    expect((await asPeople('GET', `/ratings/${task}/${renewed[0]}`)).body.status).toBe('open');
  });

  it('verify names the stream of a ballot whose score was changed in the store', async () => {
    const task = await completedTask('为中学生开展航天科普');
    await client.expect(200, 'POST', `/service-tasks/${task}/rating`, { codes: 1 });
    const [code] = (await codesOf(task)).map((entry) => entry.code);
    expect((await ballot(task, code, 2)).status).toBe(200);
    expect((await client.expect(200, 'GET', '/audit/verify')).body.ok).toBe(true);

    const db = new Database(join(dataDir, 'events.sqlite'));
    const row = db
      .prepare("SELECT id, body FROM commits WHERE stream_id = ? AND body LIKE '%BallotCast%'")
      .get(`service-task-${task}`) as { id: string; body: string };
    const changed = JSON.parse(row.body);
    changed.events[0].data.score = 5;
    db.prepare('UPDATE commits SET body = ? WHERE id = ?').run(JSON.stringify(changed), row.id);
    db.close();
    const verify = (await client.expect(200, 'GET', '/audit/verify')).body;
    expect(verify.ok).toBe(false);
    expect(JSON.stringify(verify.problems)).toContain(`service-task-${task}`);
  });
});
