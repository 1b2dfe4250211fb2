import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET, tokenFor } from './support/auth';
import { call, refusal, until } from './support/http';
import { PARTY_LECTURE } from './support/organisational-life';

/** A refusal as `refusal` reads it; a field left out means the answer names none. */
const problem = (status: number, code: string, field?: string) => ({ status, code, field });
const invalid = (field: string) => problem(400, 'REQUEST.INVALID', field);

describe('organisational life and party-building instructors: the commands over HTTP in embedded mode', () => {
  let api: Api;
  let office: ApiClient;
  /** Society A has a committee at its council; B a branch at its secretariat; C none; D is deregistered. */
  let a: string, b: string, c: string, d: string;
  const tokens: Record<string, string> = {};
  const as = (who: string, method: string, path: string, body?: unknown, headers = {}) =>
    call(api.url, method, path, body, { authorization: `Bearer ${tokens[who]}`, ...headers });
  const recordId = randomUUID();

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-life-commands-')),
        PORT: '0',
      }),
      { logger: false },
    );
    office = new ApiClient(api.url);
    [a, b, c, d] = [
      await office.society('天津市机械工程学会'),
      await office.society('天津市电子学会'),
      await office.society('天津市图书馆学会'),
      await office.society('天津市已注销学会'),
    ];
    const organisation = (society: string, body: object) =>
      office.expect(200, 'POST', `/societies/${society}/party-organisation`, body);
    await organisation(a, { seat: 'council', form: 'committee', groups: true });
    await organisation(b, { seat: 'secretariat', form: 'branch' });
    await organisation(d, { form: 'branch' });
    await office.expect(200, 'POST', `/societies/${d}/deregister`, {
      reason: '已注销社会团体登记',
    });
    tokens.a = await tokenFor({ sub: 'secretary-a', role: 'society', societyId: a });
    tokens.b = await tokenFor({ sub: 'secretary-b', role: 'society', societyId: b });
    tokens.liaison = await tokenFor({ sub: 'liaison', role: 'liaison', memberId: randomUUID() });
    tokens.auditor = await tokenFor({ sub: 'auditor', role: 'auditor' });
  });
  afterAll(async () => {
    await api.app.close();
  });

  it("records a meeting as the society's own secretary: 201, Location, version 1 and the event with every field", async () => {
    const answer = await as('a', 'POST', `/societies/${a}/organisational-life`, {
      id: recordId,
      ...PARTY_LECTURE,
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('location')).toBe(`/organisational-life/${recordId}`);
    expect(answer.headers.get('etag')).toBe('"1"');
    expect(answer.body).toMatchObject({
      id: recordId,
      streamId: `organisational-life-${recordId}`,
      version: 1,
      events: ['OrganisationalLifeRecorded'],
    });
    const audit = await until(
      async () => (await office.expect(200, 'GET', `/audit/events?societyId=${a}`)).body,
      (page) => page.items.some((e: { what: string }) => e.what === 'OrganisationalLifeRecorded'),
    );
    const recorded = audit.items.find(
      (e: { what: string }) => e.what === 'OrganisationalLifeRecorded',
    );
    expect(recorded).toMatchObject({
      who: 'secretary-a',
      societyId: a,
      occurredAt: '2026-04-15T00:00:00.000Z',
      data: { recordId, societyId: a, ...PARTY_LECTURE },
    });
  });

  it('records for the office with an id the server makes, and repeats the answer for a retried Idempotency-Key', async () => {
    const key = { 'Idempotency-Key': 'life-2026-04-theme-day' };
    const body = {
      ...PARTY_LECTURE,
      kind: 'theme-day',
      topic: '四月主题党日',
      evidence: undefined,
    };
    const path = `/societies/${b}/organisational-life`;
    const first = await office.expect(201, 'POST', path, body, key);
    const again = await office.expect(201, 'POST', path, body, key);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await api.runtime.infra.store.readStream(first.body.streamId)).toHaveLength(1);
  });

  it('refuses a record with the status, code and field of each fault', async () => {
    const record = (body: object, society = a) =>
      refusal(call(api.url, 'POST', `/societies/${society}/organisational-life`, body));
    const faults: [object, string | null, ReturnType<typeof problem>][] = [
      [{ topic: '学'.repeat(201) }, a, invalid('topic')],
      [{ host: '张'.repeat(51) }, a, invalid('host')],
      [{ kind: 'study-session' }, a, invalid('kind')],
      [{ heldOn: '2026-02-30' }, a, invalid('heldOn')],
      [{ expected: 0 }, a, invalid('expected')],
      [{ evidence: Array(21).fill({ sha256: 'a'.repeat(64) }) }, a, invalid('evidence')],
      [{ societyId: b }, a, invalid('societyId')],
      [{ topic: '   ' }, a, problem(400, 'TEXT.EMPTY', 'topic')],
      [{ present: 21 }, a, problem(400, 'ORGANISATIONAL_LIFE.PRESENT_ABOVE_EXPECTED', 'present')],
      [{}, null, problem(404, 'SOCIETY.NOT_FOUND')],
      [{ id: recordId }, a, problem(409, 'ORGANISATIONAL_LIFE.ALREADY_EXISTS')],
      [{}, c, problem(422, 'ORGANISATIONAL_LIFE.NO_PARTY_ORGANISATION', 'societyId')],
      [{}, d, problem(422, 'SOCIETY.DEREGISTERED')],
      [{ heldOn: '2099-12-31' }, a, problem(422, 'ORGANISATIONAL_LIFE.HELD_IN_FUTURE', 'heldOn')],
    ];
    for (const [change, society, expected] of faults)
      expect([
        change,
        await record({ ...PARTY_LECTURE, ...change }, society ?? randomUUID()),
      ]).toEqual([change, expected]);
    for (const who of ['b', 'liaison', 'auditor'])
      expect(
        await refusal(as(who, 'POST', `/societies/${a}/organisational-life`, PARTY_LECTURE)),
      ).toEqual(problem(403, 'AUTH.FORBIDDEN'));
  });

  it('corrects a record in full with a reason: the If-Match version, then nothing for the same correction', async () => {
    const path = `/organisational-life/${recordId}/correction`;
    const correction = { ...PARTY_LECTURE, present: 19, reason: '补录签到表，实到人数更正为19人' };
    const answer = await as('a', 'POST', path, correction, { 'If-Match': '"1"' });
    expect([answer.status, answer.headers.get('etag')]).toEqual([200, '"2"']);
    expect(answer.body).toMatchObject({ version: 2, events: ['OrganisationalLifeCorrected'] });
    expect((await as('a', 'POST', path, correction)).body).toMatchObject({
      version: 2,
      events: [],
    });
    expect(await refusal(as('a', 'POST', path, correction, { 'If-Match': '"1"' }))).toMatchObject(
      problem(412, 'STREAM.VERSION_MISMATCH'),
    );
    const { reason: _, ...withoutReason } = correction;
    expect(await refusal(call(api.url, 'POST', path, withoutReason))).toEqual(invalid('reason'));
    expect(
      await refusal(call(api.url, 'POST', path, { ...correction, heldOn: '2099-01-01' })),
    ).toEqual(problem(422, 'ORGANISATIONAL_LIFE.HELD_IN_FUTURE', 'heldOn'));
    const unknown = `/organisational-life/${randomUUID()}/correction`;
    expect(await refusal(call(api.url, 'POST', unknown, correction))).toEqual(
      problem(404, 'ORGANISATIONAL_LIFE.NOT_FOUND'),
    );
    for (const who of ['b', 'liaison', 'auditor'])
      expect((await as(who, 'POST', path, correction)).status).toBe(403);
    const stream = `/audit/events?streamId=organisational-life-${recordId}`;
    const events = await until(
      async () => (await office.expect(200, 'GET', stream)).body,
      (page) => page.items.length === 2,
    );
    expect(events.items[1]).toMatchObject({
      what: 'OrganisationalLifeCorrected',
      why: correction.reason,
      data: { recordId, societyId: a, present: 19, expected: 20 },
    });
  });

  it('withdraws a record with a reason, once: after that it can neither change nor be withdrawn again', async () => {
    const path = `/organisational-life/${recordId}/withdrawal`;
    expect((await as('b', 'POST', path, { reason: '重复录入' })).status).toBe(403);
    expect(await refusal(as('a', 'POST', path, {}))).toEqual(invalid('reason'));
    const answer = await as('a', 'POST', path, { reason: '重复录入，以另一条记录为准' });
    expect(answer.body).toMatchObject({ version: 3, events: ['OrganisationalLifeWithdrawn'] });
    const withdrawn = problem(422, 'ORGANISATIONAL_LIFE.WITHDRAWN');
    expect(await refusal(as('a', 'POST', path, { reason: '再次撤回' }))).toEqual(withdrawn);
    const correction = { ...PARTY_LECTURE, reason: '更正' };
    const correct = as('a', 'POST', `/organisational-life/${recordId}/correction`, correction);
    expect(await refusal(correct)).toEqual(withdrawn);
    const unknown = `/organisational-life/${randomUUID()}/withdrawal`;
    expect(await refusal(call(api.url, 'POST', unknown, { reason: '撤回' }))).toEqual(
      problem(404, 'ORGANISATIONAL_LIFE.NOT_FOUND'),
    );
  });

  it('sends a party-building instructor to a society without an organisation, one at a time, and recalls them', async () => {
    const send = (body: object, society = c) =>
      refusal(call(api.url, 'POST', `/societies/${society}/instructor`, body));
    const recall = (body: object) =>
      call(api.url, 'POST', `/societies/${c}/instructor/recall`, body);
    const memberId = await office.member('刘洋');
    const sent = await call(api.url, 'POST', `/societies/${c}/instructor`, {
      instructorName: '刘洋',
      memberId,
      since: '2026-03-01',
    });
    expect([sent.status, sent.body.streamId, sent.body.events]).toEqual([
      200,
      `society-${c}`,
      ['PartyBuildingInstructorSent'],
    ]);
    const other = { instructorName: '王芳', since: '2026-10-01' };
    expect(await send(other)).toEqual(problem(409, 'SOCIETY.INSTRUCTOR_IN_POST'));
    expect(await refusal(recall({ on: '2026-02-28', reason: '调整' }))).toEqual(
      problem(422, 'SOCIETY.RECALL_BEFORE_SENT', 'on'),
    );
    const recalled = await recall({ on: '2026-09-30', reason: '学会党委已成立，指导员任务完成' });
    expect(recalled.body).toMatchObject({
      version: sent.body.version + 1,
      events: ['PartyBuildingInstructorRecalled'],
    });
    expect(await refusal(recall({ on: '2026-10-01', reason: '调整' }))).toEqual(
      problem(422, 'SOCIETY.NO_INSTRUCTOR'),
    );
    expect(await send({ ...other, since: '2026-09-01' })).toEqual(
      problem(422, 'SOCIETY.SENT_BEFORE_RECALL', 'since'),
    );
    expect(await send({ ...other, instructorName: '王'.repeat(51) })).toEqual(
      invalid('instructorName'),
    );
    expect(await send({ ...other, memberId: 'm-1' })).toEqual(invalid('memberId'));
    expect(await send({ ...other, since: '2026-10-32' })).toEqual(invalid('since'));
    expect(await send(other, randomUUID())).toEqual(problem(404, 'SOCIETY.NOT_FOUND'));
    expect(await send(other, d)).toEqual(problem(422, 'SOCIETY.DEREGISTERED'));
    for (const who of ['a', 'liaison', 'auditor'])
      expect((await as(who, 'POST', `/societies/${a}/instructor`, other)).status).toBe(403);
    const audit = await until(
      async () => (await office.expect(200, 'GET', `/audit/events?societyId=${c}`)).body,
      (page) =>
        page.items.some((e: { what: string }) => e.what === 'PartyBuildingInstructorRecalled'),
    );
    const sentEvent = audit.items.find(
      (e: { what: string }) => e.what === 'PartyBuildingInstructorSent',
    );
    expect(sentEvent.data).toEqual({
      societyId: c,
      instructorName: '刘洋',
      memberId,
      since: '2026-03-01',
    });
  });
});
