import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { adminToken, TEST_JWT_SECRET } from './support/auth';
import { call } from './support/http';
import { inspectionFixtures } from './support/inspection-client';
import { answerViolations, CommitTail, Tally } from './support/fuzz/checks';
import { operationsOf, type OpenApiDocument, type Operation } from './support/fuzz/openapi';
import { describeRequest, requestArbitrary, send, type FuzzRequest } from './support/fuzz/requests';
import type { KnownNames } from './support/fuzz/upload';
import type { FixtureIds } from './support/fuzz/values';
import { ratingPath, roundsInEveryState } from './support/star-rating';

/**
 * Property-based tests from the OpenAPI document: every operation gets generated input,
 * mostly broken in one way (wrong types, out of range, too long, missing, unknown or
 * prototype-polluting keys, not JSON, wrong content type, malformed ids), some of it
 * fully valid so that writes happen too. For every request: never a 5xx (503 aside),
 * every error an RFC 9457 problem, and never a write when the answer is an error.
 *
 * FUZZ_RUNS (default 40) sets the runs per operation; FUZZ_SEED replays a run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const IMPORT_ROUTE = 'POST /campaigns/{id}/imports';
/** The import runs many commands, some files with many rows: more runs, as the brief asks its bytes fuzzed too. */
const RUNS_OF: Record<string, number> = { [IMPORT_ROUTE]: RUNS * 2 };

describe('fuzzing every endpoint of the OpenAPI document', () => {
  let api: Api;
  let token: string;
  let ops: Operation[];
  let ids: FixtureIds;
  let names: KnownNames;
  let tail: CommitTail;
  const tally = new Tally();
  const lateWrites: string[] = [];

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-fuzz-')),
        PORT: '0',
        // Nothing but the requests may write (no hourly seal), and none may be refused for their number.
        SEAL_INTERVAL_MINUTES: '0',
        RATE_LIMIT_PER_MINUTE: '0',
      }),
      { logger: false },
    );
    token = await adminToken();
    const admin = new ApiClient(api.url);
    const period = {
      startsOn: '2021-07-19',
      endsOn: '2021-12-31',
      lecturesPerSociety: 1,
      serviceTasksPerSociety: 1,
    };
    const campaign = await admin.campaign('模糊测试部署', period);
    const draft = await admin.campaign('草稿部署');
    const closed = await admin.campaign('已结束部署', period);
    await admin.expect(200, 'POST', `/campaigns/${closed}/close`, { reason: '结束' });

    const memberNames = ['张委员', '李委员', '王委员', '赵离任', '钱专家'];
    const members = [];
    for (const [i, name] of memberNames.entries())
      members.push(await admin.member(name, i === 4 ? 'expert' : 'member'));
    await admin.expect(200, 'POST', `/members/${members[3]}/retire`, { reason: '离任' });

    const societyNames = ['模糊测试学会', '他学会', '调整学会', '已注销学会', '有党组织学会'];
    const societies = [];
    for (const name of societyNames) societies.push(await admin.society(name));
    const [s1, , s3, s4, s5] = societies as [string, string, string, string, string];
    const [m1, m2] = members as [string, string];
    await admin.assign(campaign, s1, m1);
    await admin.assign(campaign, s3, m2);
    await admin.assign(campaign, s5, m1);
    await admin.expect(200, 'POST', `/societies/${s4}/deregister`, { reason: '注销' });
    await admin.expect(200, 'POST', `/societies/${s5}/party-organisation`, {
      form: 'branch',
      secretary: '书记',
      memberCount: 5,
    });

    const meeting = {
      kind: 'theme-day',
      heldOn: '2021-07-01',
      topic: '七一主题党日',
      host: '书记',
      present: 4,
      expected: 5,
    };
    const records = [];
    for (let i = 0; i < 2; i++)
      records.push(
        (await admin.expect(201, 'POST', `/societies/${s5}/organisational-life`, meeting)).body
          .id as string,
      );
    await admin.expect(200, 'POST', `/organisational-life/${records[1]}/withdrawal`, {
      reason: '重复录入',
    });

    const lectures = [];
    for (let i = 0; i < 4; i++) lectures.push(await admin.lecture(campaign, s1, m1));
    const [, delivered, returned, cancelled] = lectures as [string, string, string, string];
    for (const id of [delivered, returned])
      await admin.expect(200, 'POST', `/lectures/${id}/delivery`, admin.delivery(10, 100));
    await admin.expect(200, 'POST', `/lectures/${returned}/return`, { reason: '补充材料' });
    await admin.expect(200, 'POST', `/lectures/${cancelled}/cancel`, { reason: '取消' });

    const tasks = [];
    for (let i = 0; i < 3; i++) tasks.push(await admin.task(s1, campaign));
    const [, accepted, completed] = tasks as [string, string, string];
    for (const id of [accepted, completed])
      await admin.expect(200, 'POST', `/service-tasks/${id}/accept`, {
        dueOn: '2021-10-31',
        urgency: 'deadline',
      });
    await admin.expect(200, 'POST', `/service-tasks/${completed}/complete`, {
      outcome: '办结',
      beneficiaries: 10,
      completedOn: '2021-10-20',
    });

    // Every registered fixture society is drawn and visited; the deregistered one cannot be
    // added to a batch, and a read of its inspection answers 404 at once.
    const inspection = await inspectionFixtures(admin, {
      registered: 4,
      added: [],
      visited: societies.filter((society) => society !== s4),
      memberId: m1,
    });
    const rounds = await roundsInEveryState(admin, societies);
    const accounts = [];
    for (const login of ['fuzz.office', 'fuzz.audit'])
      accounts.push(
        (
          await admin.expect(201, 'POST', '/accounts', {
            login,
            displayName: '模糊测试',
            role: 'auditor',
          })
        ).body.id as string,
      );

    ids = {
      society: societies,
      member: members,
      campaign: [campaign, draft, closed],
      lecture: lectures,
      'service-task': tasks,
      'inspection-batch': [inspection.batch],
      finding: [inspection.finding],
      'rectification-item': [inspection.item],
      'rating-round': Object.values(rounds),
      'organisational-life': records,
      account: accounts,
    };
    names = { members: memberNames, societies: societyNames };
    // Every fixture's view is there, so that `?minVersion=1` on a fixture answers at once.
    const collections = {
      society: 'societies',
      member: 'members',
      campaign: 'campaigns',
      lecture: 'lectures',
      'service-task': 'service-tasks',
      'inspection-batch': 'inspection-batches',
      'rating-round': 'star-rating-rounds',
      'organisational-life': 'organisational-life',
      account: 'accounts',
    } as const;
    for (const [kind, collection] of Object.entries(collections) as [
      keyof typeof collections,
      string,
    ][])
      for (const id of ids[kind]) await admin.view(`/${collection}/${id}`);
    for (const round of [rounds.open, rounds.review, rounds.published])
      for (const society of societies) await admin.view(ratingPath(round, society));

    const doc = (await call(api.url, 'GET', '/docs/openapi.json')).body as OpenApiDocument;
    ops = operationsOf(doc);
    tail = new CommitTail(api.runtime.infra.store);
    await tail.advance();
    // Starting the api and writing the records the requests name takes seconds of its
    // own; on a busy machine more than jest's default of 5 s.
  }, 60_000);

  afterAll(async () => {
    // The team quotes this line.
    console.log(tally.summary(SEED, RUNS));
    await api?.app.close();
    // Closing waits for the projector thread to finish what the run left it (its status
    // views included): on a busy machine that took more than 30 s.
  }, 90_000);

  /** Sends one request and returns what is wrong with the outcome, if anything. */
  async function exercise(op: Operation, request: FuzzRequest): Promise<string[]> {
    const before = await tail.advance();
    if (before > 0)
      lateWrites.push(`${before} commit(s) appeared between requests, before ${op.route}`);
    const answer = await send(api.url, token, request);
    const written = await tail.advance();
    const violations = answerViolations(answer);
    const writeOnError = answer.status >= 400 && written > 0;
    if (writeOnError) violations.push(`wrote ${written} commit(s) yet answered ${answer.status}`);
    if (op.method === 'GET' && written > 0) violations.push(`a read wrote ${written} commit(s)`);
    const command = op.method === 'POST' || op.method === 'PUT';
    if (command && answer.status < 300 && written > 1 && op.route !== IMPORT_ROUTE)
      violations.push(`one command wrote ${written} commits`);
    if ('polluted' in Object.prototype) {
      violations.push('Object.prototype was polluted');
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    tally.count(answer.status, written, request.intent, writeOnError);
    if (violations.length > 0)
      violations.push(
        `request:\n  ${describeRequest(request)}\nanswer: ${answer.status} ${answer.contentType}\n  ${answer.text.slice(0, 600)}`,
      );
    return violations;
  }

  it('answers every generated request without a 5xx, with a problem for every error, and writes nothing when it refuses', async () => {
    expect(ops.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const [index, op] of ops.entries()) {
      tally.operations++;
      const property = fc.asyncProperty(requestArbitrary(op, ids, names), async (request) => {
        const violations = await exercise(op, request);
        if (violations.length > 0) throw new Error(violations.join('\n'));
      });
      const seed = SEED + index;
      const run = await fc.check(property, { numRuns: RUNS_OF[op.route] ?? RUNS, seed });
      // The message is that of the smallest failing request fast-check shrank to; the seed replays the run.
      if (run.failed)
        failures.push(
          `${op.route} (fast-check seed ${seed}, path ${run.counterexamplePath}, shrunk ${run.numShrinks} times):\n` +
            (run.errorInstance instanceof Error ? run.errorInstance.message : String(run.error)),
        );
    }
    expect(lateWrites).toEqual([]);
    expect(await CommitTail.countAll(api.runtime.infra.store)).toBe(tail.total);
    if (failures.length > 0)
      throw new Error(`${failures.length} operation(s) failed:\n\n${failures.join('\n\n')}`);
  }, 600_000);
});
