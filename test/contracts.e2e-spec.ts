import { TEST_JWT_SECRET } from './support/auth';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import specs from '@asyncapi/specs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import {
  asyncApiDocument,
  asyncApiYaml,
  EventContract,
  EVENT_DATA_SCHEMAS,
  type ContractViolation,
  type EventEnvelope,
} from '@pb/contracts';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { waitForViewsToCatchUp } from './support/expectations';
import {
  appendLegacyCampaignWithLecture,
  appendLegacyEvaluatedServiceTask,
  appendSocietyRegisteredV1,
} from './support/legacy-events';
import { runRatingWorkload } from './support/rating-workload';
import { ApiClient } from './support/api-client';
import { call } from './support/http';
import { openApiAnswerChecker } from './support/openapi-answers';
import { runSeed000Scenario } from './support/seed-000-scenario';
import { runOrganisationalLifeWorkload } from './support/organisational-life-workload';
import { runYearlyCycleWorkload } from './support/yearly-cycle-workload';

jest.setTimeout(120000);

const ASYNCAPI_FILE = join(__dirname, '..', 'docs', 'asyncapi.yaml');

/** A validator for AsyncAPI 3.0.0 documents, from the official JSON Schema. */
function asyncApiValidator() {
  const spec = specs.schemas['3.0.0'];
  // The specification bundles the draft-07 meta-schema itself.
  const ajv = new Ajv({ strict: false, allErrors: true, meta: false, validateSchema: false });
  addFormats(ajv);
  return ajv.compile(spec);
}

/** Every event the store holds, as stored (never upcast). */
async function storedEvents(api: Api): Promise<EventEnvelope[]> {
  const events: EventEnvelope[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await api.runtime.infra.store.readAll(after, 1000);
    if (page.commits.length === 0) return events;
    after = page.next;
    events.push(...page.commits.flatMap((commit) => commit.events));
  }
}

describe('the event contract', () => {
  let api: Api;
  let client: ApiClient;
  let yearly: Awaited<ReturnType<typeof runYearlyCycleWorkload>>;
  let events: EventEnvelope[];

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-contracts-')),
        PORT: '0',
        SEAL_INTERVAL_MINUTES: '0',
      }),
      { logger: false },
    );
    client = new ApiClient(api.url);
    const seed = await runSeed000Scenario(client, '');
    // What the seed scenario leaves out: the yearly cycle, a closed campaign and a seal.
    yearly = await runYearlyCycleWorkload(api, seed.societies, seed.liaisons);
    await runOrganisationalLifeWorkload(client, api, seed.societies[1]!, seed.liaisons[0]!);
    await runRatingWorkload(client, seed.societies[2]!);
    await client.expect(200, 'POST', `/campaigns/${seed.campaignId}/close`, { reason: '学习完成' });
    await client.expect(201, 'POST', '/audit/seals');
    // A SocietyRegistered as releases before 学会简称 stored it: schema version 1.
    await appendSocietyRegisteredV1(api, {
      societyId: randomUUID(),
      name: '天津市旧版登记学会',
      kind: 'association',
    });
    // Campaign and lecture events as releases before 发文 fields and hybrid lectures stored them.
    await appendLegacyCampaignWithLecture(api, {
      societyId: seed.societies[0]!,
      lecturerId: seed.liaisons[0]!,
    });
    // An evaluation as releases before the people's rating stored it: version 1, no method.
    await appendLegacyEvaluatedServiceTask(api, seed.societies[0]!);
    events = await storedEvents(api);
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('holds every event the store keeps to its schema, envelope and data', () => {
    const contract = new EventContract();
    const broken: { event: string; violations: ContractViolation[] }[] = [];
    for (const event of events) {
      const violations = contract.check(event);
      if (violations.length > 0)
        broken.push({
          event: `${event.type} v${event.schemaVersion} ${event.eventId}`,
          violations,
        });
    }
    expect(events.length).toBeGreaterThan(1031);
    expect(broken.slice(0, 5)).toEqual([]);
  });

  it('sees every event type at every version in the workload', () => {
    const seen = new Set(events.map((e) => `${e.type} v${e.schemaVersion}`));
    const unseen = EVENT_DATA_SCHEMAS.map((s) => `${s.type} v${s.version}`).filter(
      (key) => !seen.has(key),
    );
    expect(unseen).toEqual([]);
  });

  it('finds the events of a round and of a batch in the audit trail, each naming it', async () => {
    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
    const audit = async (query: string) =>
      (await client.expect(200, 'GET', `/audit/events?${query}&limit=1000`)).body.items as {
        what: string;
        roundId?: string;
        batchId?: string;
      }[];
    const round = await audit(`roundId=${yearly.roundId}`);
    expect(round.map((item) => item.what).sort()).toEqual(
      [
        ...['StarRatingRoundDrafted', 'StarRatingRoundAmended', 'StarRatingRoundOpened'],
        ...['StarRatingReviewStarted', 'StarRatingRoundPublished', 'StarRatingRoundClosed'],
        ...['SelfAssessmentSubmitted', 'StarRatingReviewSubmitted', 'StarsDecided'],
        ...['StarsAdjusted', 'StarsWithdrawn'],
      ].sort(),
    );
    expect(round.every((item) => item.roundId === yearly.roundId && !item.batchId)).toBe(true);
    const batch = await audit(`batchId=${yearly.batchId}`);
    expect(batch).toHaveLength(12);
    expect(batch.every((item) => item.batchId === yearly.batchId && !item.roundId)).toBe(true);
    const reported = await audit(
      `batchId=${yearly.batchId}&societyId=${yearly.inspectedSocietyId}&type=RectificationReported`,
    );
    expect(reported.map((item) => item.what)).toEqual([
      'RectificationReported',
      'RectificationReported',
    ]);
    expect(await audit(`roundId=${yearly.roundId}&batchId=${yearly.batchId}`)).toEqual([]);
  });

  // A rating's own read is checked in test/star-rating.e2e-spec.ts: this workload's ratings
  // are appended under ids of their own, which the route (it derives them) does not find.
  it('answers the reads of rounds, ratings, batches, inspections and the audit trail as the OpenAPI document says', async () => {
    const check = openApiAnswerChecker(
      (await client.expect(200, 'GET', '/docs/openapi.json')).body,
    );
    const { roundId, batchId, inspectedSocietyId } = yearly;
    const reads: [string, string][] = [
      ['/star-rating-rounds', '/star-rating-rounds'],
      ['/star-rating-rounds/{id}', `/star-rating-rounds/${roundId}`],
      ['/star-rating-rounds/{id}/societies', `/star-rating-rounds/${roundId}/societies`],
      ['/inspection-batches', '/inspection-batches'],
      ['/inspection-batches/{id}', `/inspection-batches/${batchId}`],
      [
        '/inspection-batches/{id}/societies/{societyId}',
        `/inspection-batches/${batchId}/societies/${inspectedSocietyId}`,
      ],
      ['/audit/events', `/audit/events?roundId=${roundId}`],
      ['/audit/events', `/audit/events?batchId=${batchId}`],
      ['/audit/verify', '/audit/verify'],
    ];
    const faults: string[] = [];
    for (const [route, path] of reads)
      faults.push(...check(route, (await client.expect(200, 'GET', path)).body));
    expect(faults).toEqual([]);
    // The check can fail: a field of the wrong type, a required one missing.
    const round = (await client.expect(200, 'GET', `/star-rating-rounds/${roundId}`)).body;
    expect(check('/star-rating-rounds/{id}', { ...round, publishedOn: 20260101 })).not.toEqual([]);
    const { progress: _progress, ...partial } = round;
    expect(check('/star-rating-rounds/{id}', partial)).not.toEqual([]);
  });

  it('refuses a round or a batch that is no uuid, naming the filter', async () => {
    for (const field of ['roundId', 'batchId'])
      expect(
        (await client.expect(400, 'GET', `/audit/events?${field}=round-2025`)).body.field,
      ).toBe(field);
  });

  it('keeps docs/asyncapi.yaml as the contract generates it (npm run docs:asyncapi)', () => {
    expect(readFileSync(ASYNCAPI_FILE, 'utf8')).toBe(asyncApiYaml());
  });

  it('writes docs/asyncapi.yaml as a valid AsyncAPI 3.0.0 document, and the check can fail', () => {
    const validate = asyncApiValidator();
    const doc = parse(readFileSync(ASYNCAPI_FILE, 'utf8'));
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    const { info: _, ...withoutInfo } = doc;
    expect(validate(withoutInfo)).toBe(false);
    expect(validate({ ...doc, operations: { publish: { action: 'emit' } } })).toBe(false);
  });

  it('has a message for every event type and version, referring to schema files that exist', () => {
    const doc = parse(readFileSync(ASYNCAPI_FILE, 'utf8'));
    const channelMessages = Object.keys(doc.channels.events.messages);
    for (const { type, version, file } of EVENT_DATA_SCHEMAS) {
      const id = `${type}.v${version}`;
      expect(channelMessages).toContain(id);
      const message = doc.components.messages[id];
      expect(message.name).toBe(type);
      expect(message.headers.properties.schemaVersion.const).toBe(String(version));
      const data = message.payload.allOf[1].properties.data.$ref as string;
      expect(data.endsWith(file)).toBe(true);
    }
    expect(channelMessages).toHaveLength(EVENT_DATA_SCHEMAS.length);
    const refs = JSON.stringify(doc).match(/"\$ref":"\.\.\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(EVENT_DATA_SCHEMAS.length);
    for (const ref of refs) {
      const path = resolve(dirname(ASYNCAPI_FILE), JSON.parse(`{${ref}}`).$ref);
      expect([path, existsSync(path)]).toEqual([path, true]);
    }
    expect(Object.keys(doc.channels).sort()).toEqual([
      'events',
      'societyRegister',
      'societyRegisterDeadLetter',
    ]);
    expect(doc.channels.events.address).toBe('party-building.events.v1');
    expect(doc.channels.societyRegister.address).toBe('party-building.society-register.v1');
    expect(doc.channels.societyRegisterDeadLetter.address).toBe(
      'party-building.society-register.dlq.v1',
    );
  });

  it('serves the AsyncAPI document without a token, bundled, as JSON and as YAML', async () => {
    const json = await call(api.url, 'GET', '/docs/asyncapi.json', undefined, {
      authorization: 'none',
    });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(json.body).toEqual(asyncApiDocument({ schemas: 'bundled' }));
    expect(json.text).not.toContain('"../libs');
    const validate = asyncApiValidator();
    expect(validate(json.body) ? [] : validate.errors).toEqual([]);
    const yaml = await call(api.url, 'GET', '/docs/asyncapi.yaml', undefined, {
      authorization: 'none',
    });
    expect(yaml.status).toBe(200);
    expect(yaml.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(parse(yaml.text)).toEqual(json.body);
  });

  it('holds every stored event to the payload of its message in the served document', async () => {
    const doc = (await call(api.url, 'GET', '/docs/asyncapi.json')).body;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(doc, 'asyncapi');
    const payloads = new Map<string, ReturnType<typeof ajv.compile>>();
    const broken: string[] = [];
    for (const event of events) {
      const id = `${event.type}.v${event.schemaVersion}`;
      let validate = payloads.get(id);
      if (!validate) {
        validate = ajv.compile({ $ref: `asyncapi#/components/messages/${id}/payload` });
        payloads.set(id, validate);
      }
      if (!validate(event)) broken.push(`${id}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(payloads.size).toBe(EVENT_DATA_SCHEMAS.length);
    expect(broken.slice(0, 5)).toEqual([]);
    // A payload of one type does not pass for another.
    const renamed = events.find((e) => e.type === 'SocietyRenamed')!;
    expect(payloads.get('SocietyDeregistered.v1')!(renamed)).toBe(false);
  });
});
