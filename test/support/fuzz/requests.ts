import fc from 'fast-check';
import type { Operation, Parameter, Schema } from './openapi';
import { uploadBody, type KnownNames, type Upload, uploadArbitrary } from './upload';
import {
  chinese,
  deeplyNested,
  emoji,
  EXTRA_KEYS,
  ID_KIND_OF,
  invalidValue,
  ODD_STRINGS,
  RawJson,
  toJsonText,
  validValue,
  withKey,
  type FixtureIds,
  type IdKind,
} from './values';

export type Body =
  | { kind: 'none' }
  /** Sent as given with this content type; null sends the bytes with no content type at all. */
  | { kind: 'text'; text: string; contentType: string | null }
  | { kind: 'utf16'; text: string; contentType: string }
  | { kind: 'upload'; upload: Upload };

/** One generated request, as fast-check shows it when a property fails. */
export interface FuzzRequest {
  method: string;
  /** Path and query string, already encoded. */
  url: string;
  headers: Record<string, string>;
  body: Body;
  /** What the generator meant: `valid`, or the first thing it broke. */
  intent: string;
}

const COLLECTION_KIND: Record<string, IdKind> = {
  societies: 'society',
  members: 'member',
  campaigns: 'campaign',
  lectures: 'lecture',
  'service-tasks': 'service-task',
  'inspection-batches': 'inspection-batch',
  'star-rating-rounds': 'rating-round',
  'organisational-life': 'organisational-life',
  accounts: 'account',
};

/** The three bytes a lone surrogate takes in WTF-8 (what a sloppy client would send). */
const wtf8 = (unit: number) => [
  0xe0 | (unit >> 12),
  0x80 | ((unit >> 6) & 0x3f),
  0x80 | (unit & 0x3f),
];

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes out as its WTF-8 bytes. */
export function encode(text: string): string {
  return [...text]
    .map((char) =>
      /^[\ud800-\udfff]$/.test(char)
        ? wtf8(char.charCodeAt(0))
            .map((b) => `%${b.toString(16).toUpperCase()}`)
            .join('')
        : encodeURIComponent(char),
    )
    .join('');
}

/** Path segments that are no id: sent raw (bad percent-encoding, dot segments) or encoded. */
const malformedSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('%', '%zz', '%00', '%C0%AF', '%E4%B8', '..', '.', '', '%2F', '%2e%2e'),
  fc
    .constantFrom(...ODD_STRINGS, '00000000-0000-0000-0000-000000000000', 'a'.repeat(2000))
    .map(encode),
  chinese(1, 8).map(encode),
  emoji(1, 4).map(encode),
  fc.uuid().map((u) => encode(`${u.toUpperCase()}x`)),
  fc.string({ unit: 'binary', maxLength: 12 }).map(encode),
);

function pathParam(kind: IdKind, ids: FixtureIds) {
  const others = (Object.keys(ids) as IdKind[]).filter((k) => k !== kind).flatMap((k) => ids[k]);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(...ids[kind]).map((text) => ({ text, fixture: true })),
    },
    { weight: 1, arbitrary: fc.constantFrom(...others).map((text) => ({ text, fixture: false })) },
    { weight: 1, arbitrary: fc.uuid().map((text) => ({ text, fixture: false })) },
    { weight: 2, arbitrary: malformedSegment.map((text) => ({ text, fixture: false })) },
  );
}

/**
 * A year of the yearly tables: mostly one they take, else one they refuse. Never a
 * fixture: a year need not have a table set, so `minVersion` could wait on it.
 */
const yearSegment = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 2000, max: 2100 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('1999', '2101', '0', '-2026', '2026.5', '２０２６').map(encode),
  },
  { weight: 1, arbitrary: malformedSegment },
);

/** A rating code: mostly one of the right shape (never one a rating handed out), else malformed. */
const codeSegment = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Z2-7]{12}$/) },
  { weight: 1, arbitrary: malformedSegment },
);

/** A file's SHA-256: mostly one of the right shape (of no stored file), else malformed. */
const sha256Segment = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[0-9a-f]{64}$/) },
  { weight: 1, arbitrary: malformedSegment },
);

/** A commit of the audit trail: a lecture's stream and a seq, each sometimes malformed. */
const streamSegment = (ids: FixtureIds) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ids.lecture).map((id) => `lecture-${id}`) },
    { weight: 1, arbitrary: malformedSegment },
  );
const seqSegment = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('0', '-1', '1.5', '１').map(encode) },
  { weight: 1, arbitrary: malformedSegment },
);

function pathArbitrary(op: Operation, ids: FixtureIds) {
  const segments = op.path.split('/').slice(1);
  const parts = segments.map((segment, i) => {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (!name) return fc.constant({ text: segment, fixture: true });
    if (name === 'year') return yearSegment.map((text) => ({ text, fixture: false }));
    if (name === 'code') return codeSegment.map((text) => ({ text, fixture: false }));
    if (name === 'sha256') return sha256Segment.map((text) => ({ text, fixture: false }));
    if (name === 'streamId') return streamSegment(ids).map((text) => ({ text, fixture: false }));
    if (name === 'seq') return seqSegment.map((text) => ({ text, fixture: false }));
    const kind = name === 'id' ? COLLECTION_KIND[segments[i - 1] ?? ''] : ID_KIND_OF[name];
    if (!kind) throw new Error(`no fixture kind for {${name}} in ${op.path}`);
    return pathParam(kind, ids);
  });
  return fc.tuple(...parts).map((p) => ({
    path: `/${p.map((x) => x.text).join('/')}`,
    fixtures: p.every((x) => x.fixture),
  }));
}

/** A query value: a string, or several for a repeated key. */
function queryText(value: unknown): string[] {
  if (value === undefined) return [];
  if (value === null) return [''];
  if (value instanceof RawJson) return [value.text.slice(0, 3000)];
  if (Array.isArray(value)) return value.flatMap(queryText);
  if (typeof value === 'object') return [JSON.stringify(value)];
  return [String(value)];
}

interface QueryEntry {
  name: string;
  values: string[];
  valid: boolean;
}

function queryParam(p: Parameter, ids: FixtureIds): fc.Arbitrary<QueryEntry | null> {
  const schema: Schema = p.schema ?? { type: 'string' };
  // `minVersion` valid values: only 1, as the example says; anything higher waits (see below).
  const valid = p.name === 'minVersion' ? fc.constant(1) : validValue(schema, p.name, ids);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    {
      weight: 2,
      arbitrary: valid.map((v) => ({ name: p.name, values: queryText(v), valid: true })),
    },
    {
      weight: 2,
      arbitrary: invalidValue(schema, p.name, ids).map((v) => ({
        name: p.name,
        values: queryText(v),
        valid: false,
      })),
    },
  );
}

const extraQuery: fc.Arbitrary<QueryEntry | null> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<[string, string]>(
        ['foo', 'bar'],
        ['__proto__[polluted]', 'yes'],
        ['constructor[prototype][polluted]', 'yes'],
        ['__proto__', 'x'],
        ['名称', '学会'],
      )
      .map(([name, value]) => ({ name, values: [value], valid: false })),
  },
);

/**
 * `minVersion` makes a read wait up to 5 s, by design, until the view reaches it. The
 * fuzzer never sends a value that passes validation and would wait: an integer above 1,
 * or 1 for an id that names no fixture of the right kind.
 */
function wouldWait(entry: QueryEntry, fixtures: boolean): boolean {
  if (entry.name !== 'minVersion' || entry.values.length !== 1) return false;
  const n = Number(entry.values[0]);
  return Number.isSafeInteger(n) && n >= 1 && (n > 1 || !fixtures);
}

function queryString(entries: QueryEntry[]): string {
  const pairs = entries.flatMap((e) => e.values.map((v) => `${encode(e.name)}=${encode(v)}`));
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** The headers every command reads (README: If-Match, Idempotency-Key), valid or not; all latin-1, as fetch requires. */
const commandHeaders = fc.record(
  {
    'Idempotency-Key': fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('fuzz-key-1', 'fuzz-key-2') },
      { weight: 3, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: fc.constantFrom('', ' ', 'schlüssel', 'a b', 'k'.repeat(201)) },
    ),
    'If-Match': fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('"1"', '"2"', 'W/"3"', '4', '"0"') },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          '*',
          '"abc"',
          '"-1"',
          '"1234567890123456"',
          '"1", "2"',
          '',
          'W/',
        ),
      },
    ),
  },
  { requiredKeys: [] },
);

function rawBody(valid: fc.Arbitrary<unknown>): fc.Arbitrary<{ intent: string; body: Body }> {
  const json = 'application/json';
  return fc.oneof(
    fc
      .constantFrom(
        '',
        '{',
        '{"a":',
        'not json',
        "{'name':'学会'}",
        'NaN',
        '{"a":1}}',
        '\u0000',
        '[1,]',
        '{"__proto__":{"polluted":"yes"}}',
        '{"constructor":{"prototype":{"polluted":"yes"}}}',
        '{"name":"学会","name":1}',
        '\ufeff{}',
      )
      .map((text) => ({
        intent: 'not JSON',
        body: { kind: 'text' as const, text, contentType: json },
      })),
    fc
      .tuple(
        valid,
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
          'APPLICATION/JSON',
          'application/vnd.api+json',
          'application/problem+json',
          null,
        ),
      )
      .map(([value, contentType]) => ({
        intent: `content type ${contentType}`,
        body: { kind: 'text' as const, text: toJsonText(value), contentType },
      })),
    valid.map((value) => ({
      intent: 'UTF-16 JSON',
      body: { kind: 'utf16' as const, text: toJsonText(value), contentType: json },
    })),
    fc.constant({
      intent: 'over the body limit',
      body: {
        kind: 'text' as const,
        text: `{"name":"${'学'.repeat(400_000)}"}`,
        contentType: json,
      },
    }),
  );
}

/** A JSON body built from the schema: mostly valid with one thing broken, some fully valid, some not JSON at all. */
export function jsonBodyArbitrary(
  schema: Schema,
  ids: FixtureIds,
): fc.Arbitrary<{ intent: string; body: Body }> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  const required = schema.required ?? [];
  const valid = validValue(schema, 'body', ids) as fc.Arbitrary<Record<string, unknown>>;
  const json = (intent: string, value: unknown) => ({
    intent,
    body: { kind: 'text' as const, text: toJsonText(value), contentType: 'application/json' },
  });
  const cases: fc.WeightedArbitrary<{ intent: string; body: Body }>[] = [
    { weight: 3, arbitrary: valid.map((v) => json('valid', v)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, EXTRA_KEYS)
        .map(([v, [key, x]]) => json(`extra key ${key}`, withKey(v, key, x))),
    },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          fc.constantFrom<unknown>(null, [], 'text', 42, true),
          fc.array(valid, { minLength: 1, maxLength: 2 }),
          fc.constantFrom(1_000, 100_000).map(deeplyNested),
        )
        .map((v) => json('not an object', v)),
    },
    { weight: 2, arbitrary: rawBody(valid) },
  ];
  if (keys.length > 0) {
    cases.push({
      weight: 6,
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...keys))
        .chain(([v, key]) =>
          invalidValue(properties[key]!, key, ids).map((bad) =>
            json(`bad ${key}`, { ...v, [key]: bad }),
          ),
        ),
    });
    cases.push({
      weight: 1,
      arbitrary: fc
        .tuple(
          valid,
          fc.record(
            Object.fromEntries(keys.map((k) => [k, invalidValue(properties[k]!, k, ids)])),
            { requiredKeys: [] },
          ),
        )
        .map(([v, bad]) =>
          json(`bad ${Object.keys(bad).join(', ') || 'nothing'}`, { ...v, ...bad }),
        ),
    });
  }
  if (required.length > 0)
    cases.push({
      weight: 1,
      arbitrary: fc.tuple(valid, fc.constantFrom(...required)).map(([v, key]) => {
        const rest = { ...v };
        delete rest[key];
        return json(`without ${key}`, rest);
      }),
    });
  return fc.oneof(...cases);
}

/** A command without a body (confirm, seal): usually none, sometimes one it must refuse or ignore. */
const noBody: fc.Arbitrary<{ intent: string; body: Body }> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ intent: 'valid', body: { kind: 'none' as const } }) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constant({}),
        EXTRA_KEYS.map(([k, v]) => withKey({}, k, v)),
        fc.constantFrom<unknown>([], null, 'x'),
      )
      .map((v) => ({
        intent: 'unexpected body',
        body: { kind: 'text' as const, text: toJsonText(v), contentType: 'application/json' },
      })),
  },
  { weight: 1, arbitrary: rawBody(fc.constant({})) },
);

export function requestArbitrary(
  op: Operation,
  ids: FixtureIds,
  names: KnownNames,
): fc.Arbitrary<FuzzRequest> {
  const query = fc.tuple(
    ...op.parameters.filter((p) => p.in === 'query').map((p) => queryParam(p, ids)),
    extraQuery,
  );
  const body: fc.Arbitrary<{ intent: string; body: Body }> =
    op.method === 'GET'
      ? fc.constant({ intent: 'valid', body: { kind: 'none' as const } })
      : op.body === null
        ? noBody
        : op.body.mediaType === 'application/json'
          ? jsonBodyArbitrary(op.body.schema, ids)
          : uploadArbitrary(names).map((upload) => ({
              intent:
                upload.shape === 'file' ? `upload ${upload.file.kind}` : `upload ${upload.shape}`,
              body: { kind: 'upload' as const, upload },
            }));
  const headers =
    op.method === 'POST' || op.method === 'PUT'
      ? fc.oneof(
          { weight: 3, arbitrary: fc.constant({}) },
          { weight: 1, arbitrary: commandHeaders },
        )
      : fc.constant({});
  return fc
    .record({ path: pathArbitrary(op, ids), query, headers, body })
    .map(({ path, query: entries, headers: h, body: b }) => {
      const sent = entries.filter(
        (e): e is QueryEntry => e !== null && !wouldWait(e, path.fixtures),
      );
      const intents = [
        path.fixtures ? null : 'path',
        ...sent.filter((e) => !e.valid).map((e) => `query ${e.name}`),
        Object.keys(h).length ? 'headers' : null,
        b.intent === 'valid' ? null : b.intent,
      ].filter(Boolean);
      return {
        method: op.method,
        url: path.path + queryString(sent),
        headers: h as Record<string, string>,
        body: b.body,
        intent: intents.length ? intents.join('; ') : 'valid',
      };
    });
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  body: unknown;
}

export async function send(base: string, token: string, request: FuzzRequest): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...request.headers };
  let body: string | Uint8Array | FormData | undefined;
  const b = request.body;
  if (b.kind === 'text') {
    body = b.contentType === null ? Buffer.from(b.text) : b.text;
    if (b.contentType !== null) headers['content-type'] = b.contentType;
  } else if (b.kind === 'utf16') {
    body = Buffer.from(b.text, 'utf16le');
    headers['content-type'] = b.contentType;
  } else if (b.kind === 'upload') {
    const made = await uploadBody(b.upload);
    body = made.body;
    if (made.contentType !== null) headers['content-type'] = made.contentType;
  }
  const response = await fetch(`${base}${request.url}`, {
    method: request.method,
    headers,
    body,
    redirect: 'manual',
    // An answer that never comes is a failure too (`minVersion` waits at most 5 s).
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON: keep the text */
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    body: parsed,
  };
}

/** The request as a reader would retype it, bodies cut to `max` characters. */
export function describeRequest(request: FuzzRequest, max = 600): string {
  const cut = (s: string) => (s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s);
  const b = request.body;
  const body =
    b.kind === 'none'
      ? '(no body)'
      : b.kind === 'upload'
        ? `multipart ${b.upload.shape}, file ${cut(JSON.stringify(b.upload.file, (_k, v: unknown) => (v instanceof Uint8Array ? `<${v.length} bytes: ${Buffer.from(v).subarray(0, 32).toString('hex')}…>` : v)))}, filename ${JSON.stringify(b.upload.filename)}, part type ${b.upload.partType}`
        : `${b.kind === 'utf16' ? 'UTF-16LE ' : ''}${b.contentType ?? '(no content type)'}: ${cut(b.text)}`;
  return `${request.method} ${cut(request.url)}\n  headers: ${JSON.stringify(request.headers)}\n  body: ${body}\n  (generated as: ${request.intent})`;
}
