import { TEST_JWT_SECRET } from './support/auth';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { faultsOf } from './support/examples';
import { call } from './support/http';

jest.setTimeout(60000);

interface Operation {
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
  security?: Record<string, unknown>[];
  responses: Record<
    string,
    { description?: string; content?: Record<string, { schema?: { $ref?: string } }> }
  >;
}

/**
 * What the server serves besides the API: the documentation (Swagger UI, OpenAPI and
 * AsyncAPI documents), the workbench pages' static files, and the redirect of the old
 * dashboard's addresses to them.
 */
const NOT_API = /^\/(docs|dashboard|app)(\/|-|\*|$)/;

/** Reads `printRoutes` (one path segment per line, four columns per level) into `METHOD /path`. */
function servedRoutes(tree: string): string[] {
  const prefixes: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[└├]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const path = (prefixes[depth - 1] ?? '') + match[2];
    prefixes[depth] = path;
    for (const method of match[3]?.split(',').map((m) => m.trim()) ?? [])
      if (method !== 'HEAD') routes.push(`${method} ${path.replace(/:(\w+)/g, '{$1}')}`);
  }
  return [...new Set(routes)];
}

/**
 * 200 answers documented without a JSON schema, each with why: a report answers JSON, CSV
 * or a workbook by its `format`, its JSON fields described in docs/reports.md.
 */
const UNTYPED_ANSWERS = {
  'GET /campaigns/{id}/report': 'JSON, CSV or XLSX by format (docs/reports.md)',
  'GET /star-rating-rounds/{id}/report': 'JSON, CSV or XLSX by format (docs/reports.md)',
  'GET /inspection-batches/{id}/report': 'JSON, CSV or XLSX by format (docs/reports.md)',
};

/** Objects whose fields are free by design, each with why. */
const FREE_OBJECTS = {
  'AuditEventAnswer.data': "an event's data: the event type's JSON Schema (AsyncAPI) gives it",
  'CommitEventAnswer.data': "an event's data: the event type's JSON Schema (AsyncAPI) gives it",
};

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

/**
 * Where a schema leaves a value untyped: no type, an object without fields (an object of
 * `additionalProperties` only counts unless the map's values are typed), an array without
 * typed items. `at` names the place, by component and property.
 */
function looseParts(
  schema: Schema | undefined,
  at: string,
  components: Record<string, Schema>,
  seen = new Set<string>(),
): string[] {
  if (!schema) return [`${at}: no schema`];
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    if (seen.has(name)) return [];
    seen.add(name);
    return looseParts(components[name], name, components, seen);
  }
  const parts = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  if (parts.length) return parts.flatMap((part) => looseParts(part, at, components, seen));
  if (schema.type === 'array') return looseParts(schema.items, `${at}[]`, components, seen);
  if (schema.type === 'object' || schema.properties || schema.additionalProperties) {
    if (schema.properties && Object.keys(schema.properties).length > 0)
      return Object.entries(schema.properties).flatMap(([name, property]) =>
        looseParts(property, `${at}.${name}`, components, seen),
      );
    const values = schema.additionalProperties;
    if (typeof values === 'object' && Object.keys(values).length > 0)
      return looseParts(values, `${at}{}`, components, seen);
    return at in FREE_OBJECTS ? [] : [`${at}: an object without fields`];
  }
  return schema.type ? [] : [`${at}: no type`];
}

describe('the OpenAPI document', () => {
  let api: Api;
  let operations: [string, Operation][];

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-openapi-')),
        PORT: '0',
      }),
      { logger: false },
    );
    const doc = (await call(api.url, 'GET', '/docs/openapi.json')).body;
    operations = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(
          ([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation],
        ),
    );
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('documents every route the server serves, and serves every route it documents', () => {
    const tree = api.app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
    const served = servedRoutes(tree);
    expect(served).toEqual(expect.arrayContaining(['GET /docs/openapi.json', 'POST /societies']));
    const api_ = served.filter((route) => !NOT_API.test(route.split(' ')[1]!));
    const documented = operations.map(([route]) => route);
    expect(api_.filter((route) => !documented.includes(route))).toEqual([]);
    expect(documented.filter((route) => !api_.includes(route))).toEqual([]);
  });

  it('documents the error answers of every operation as problem documents', () => {
    const gaps: string[] = [];
    for (const [route, op] of operations) {
      const [method, path] = route.split(' ') as [string, string];
      const has = (status: number) => String(status) in op.responses;
      const need = (status: number, why: string) => {
        if (!has(status)) gaps.push(`${route}: ${status} (${why})`);
      };
      const open = !op.security || op.security.length === 0;
      const query = (op.parameters ?? []).some((p) => p.in === 'query');
      const pathId = (op.parameters ?? []).some((p) => p.in === 'path');
      // A bearer route checks a role; the session routes only find the cookie's session.
      const bearer = (op.security ?? []).some((scheme) => 'bearer' in scheme);
      if (!open) need(401, 'needs a token');
      if (bearer) need(403, 'needs a role');
      need(429, 'rate limit');
      // The liveness answer comes from memory: it touches neither the store nor the broker.
      // The provider's callback is a browser navigation: every failure, the store's too,
      // redirects to the sign-in page with its code.
      if (route !== 'GET /health' && route !== 'GET /session/oidc/callback')
        need(503, 'store or broker down');
      if (op.requestBody || query || pathId) need(400, 'takes input');
      // A yearly table is in force for every year it takes (the default when none was set).
      const yearOnly = (op.parameters ?? []).every((p) => p.in !== 'path' || p.name === 'year');
      if (pathId && method === 'GET' && !yearOnly) need(404, 'names a resource');
      if (op.requestBody) need(413, 'takes a body');
      // A command (it takes an Idempotency-Key) may meet a concurrent write and If-Match.
      const command = (op.parameters ?? []).some((p) => p.name === 'Idempotency-Key');
      if ((method === 'POST' || method === 'PUT') && op.requestBody && command) {
        need(409, 'a concurrent write');
        need(412, 'If-Match');
      }
      for (const [status, response] of Object.entries(op.responses))
        if (Number(status) >= 400 && !response.content?.['application/problem+json'])
          gaps.push(`${route}: ${status} is not a problem document`);
      if (path.includes('{') && method === 'POST' && !has(404))
        gaps.push(`${route}: 404 (names a resource)`);
    }
    expect(gaps).toEqual([]);
  });

  it('documents the warnings a command answer may carry, which a replay repeats', async () => {
    const doc = (await call(api.url, 'GET', '/docs/openapi.json')).body;
    const answer = doc.components.schemas.CommandAnswer;
    expect(answer.required).not.toContain('warnings');
    expect(answer.properties.warnings).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/CommandWarningAnswer' },
    });
    expect(doc.components.schemas.CommandWarningAnswer.required).toEqual(['code', 'message']);
  });

  it('names the problem schema for the error answers', async () => {
    const doc = (await call(api.url, 'GET', '/docs/openapi.json')).body;
    const problem = doc.components.schemas.ProblemDocument;
    expect(problem.required).toEqual(expect.arrayContaining(['type', 'status', 'code', 'detail']));
    const notFound = doc.paths['/societies/{id}'].get.responses['404'];
    expect(notFound.description).toContain('SOCIETY.NOT_FOUND');
    expect(notFound.content['application/problem+json'].schema.$ref).toBe(
      '#/components/schemas/ProblemDocument',
    );
  });

  it('marks as open only the operations that answer without a token', async () => {
    for (const [route, op] of operations) {
      const [method, path] = route.split(' ') as [string, string];
      if (method !== 'GET' || path.includes('{')) continue;
      const answer = await call(api.url, method, path, undefined, { authorization: 'none' });
      const open = !op.security || op.security.length === 0;
      expect([route, answer.status === 401]).toEqual([route, !open]);
    }
  });

  it('answers a known path with an unsupported method 405 with Allow, an unknown path 404', async () => {
    const wrong = await call(api.url, 'DELETE', '/societies');
    expect([wrong.status, wrong.headers.get('allow'), wrong.body.code]).toEqual([
      405,
      'GET, HEAD, POST',
      'REQUEST.METHOD_NOT_ALLOWED',
    ]);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    const put = await call(
      api.url,
      'PUT',
      '/societies/6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10/rename',
    );
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'POST']);
    const nowhere = await call(api.url, 'DELETE', '/nowhere');
    expect([nowhere.status, nowhere.body.code]).toEqual([404, 'ROUTE.NOT_FOUND']);
  });

  it('documents path ids as UUIDs, limits as bounded integers and dates with their format', async () => {
    const doc = (await call(api.url, 'GET', '/docs/openapi.json')).body;
    const param = (path: string, name: string) =>
      doc.paths[path].get.parameters.find((p: { name: string }) => p.name === name).schema;
    expect(param('/lectures/{id}', 'id')).toMatchObject({ type: 'string', format: 'uuid' });
    expect(param('/societies', 'limit')).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 500,
    });
    expect(param('/societies', 'cursor')).toMatchObject({ minLength: 1 });
    const schedule = doc.components.schemas.ScheduleLectureRequest;
    expect(schedule.additionalProperties).toBe(false);
    expect(schedule.properties.scheduledAt.format).toBe('date-time');
    expect(schedule.properties.topic).toMatchObject({ minLength: 1, maxLength: 200 });
    expect(doc.components.schemas.RegisterSocietyRequest.properties.creditCode.pattern).toBe(
      '^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$',
    );
    expect(doc.components.schemas.MemberResponse.properties.organisation).toMatchObject({
      type: 'string',
      nullable: true,
    });
    for (const path of ['/campaigns/{id}', '/lectures/{id}', '/service-tasks/{id}', '/societies'])
      expect([
        path,
        doc.paths[path].get.responses['200'].content['application/json'].schema,
      ]).toEqual([path, expect.any(Object)]);
  });

  it('gives every successful answer an exact schema: every field typed, no plain objects', async () => {
    const doc = (await call(api.url, 'GET', '/docs/openapi.json')).body;
    const loose: string[] = [];
    for (const [route, op] of operations) {
      const ok = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      for (const [status, answer] of ok) {
        const content = Object.entries(answer.content ?? {});
        if (content.length === 0 && status !== '204' && !(route in UNTYPED_ANSWERS))
          loose.push(`${route} ${status}: no content`);
        for (const [type, { schema }] of content)
          loose.push(
            ...looseParts(schema as Schema, `${route} ${status} ${type}`, doc.components.schemas),
          );
      }
    }
    expect(loose).toEqual([]);
    // Each exception is still one: an answer given a schema since leaves the list.
    for (const route of Object.keys(UNTYPED_ANSWERS)) {
      const [method, path] = route.split(' ') as [string, string];
      expect([route, doc.paths[path][method.toLowerCase()].responses['200'].content]).toEqual([
        route,
        undefined,
      ]);
    }
    const round = doc.components.schemas.StarRatingRoundAnswer;
    expect(round.properties.publishedOn).toMatchObject({ type: 'string', nullable: true });
    expect(round.properties.criteria.items.$ref).toBe('#/components/schemas/CriterionAnswer');
    const page = (path: string) =>
      doc.paths[path].get.responses['200'].content['application/json'].schema.properties.items.items
        .$ref;
    expect(page('/star-rating-rounds')).toBe('#/components/schemas/StarRatingRoundSummary');
    expect(page('/audit/events')).toBe('#/components/schemas/AuditEventAnswer');
  });

  it('documents 422 IDEMPOTENCY.KEY_REUSED on every route that takes an Idempotency-Key', () => {
    const missing = operations
      .filter(([, op]) => (op.parameters ?? []).some((p) => p.name === 'Idempotency-Key'))
      .filter(([, op]) => !JSON.stringify(op.responses['422'] ?? '').includes('KEY_REUSED'))
      .map(([route]) => route);
    expect(missing).toEqual([]);
    expect(operations.filter(([route]) => route === 'POST /societies')).toHaveLength(1);
  });

  it('gives examples that are valid by their schema and by the domain (a credit code by its check)', async () => {
    const doc = (await call(api.url, 'GET', '/docs/openapi.json')).body;
    expect(faultsOf(doc, 'openapi')).toEqual([]);
  });
});
