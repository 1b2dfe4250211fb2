import fc from 'fast-check';
import { creditCodeCheckCharacter } from '@pb/domain';
import type { Schema } from './openapi';

/** The kinds of entity the fixtures hold, by the stream type that records them. */
export type IdKind =
  | 'society'
  | 'member'
  | 'campaign'
  | 'lecture'
  | 'service-task'
  | 'inspection-batch'
  | 'rating-round'
  | 'organisational-life'
  /** Not streams: parts of a society's inspection, named in its routes and bodies. */
  | 'finding'
  | 'rectification-item';

/** Ids of entities that exist, so that valid input can name them. */
export type FixtureIds = Readonly<Record<IdKind, readonly string[]>>;

/**
 * What the schema cannot say, by property name: which kind of entity a UUID names, and
 * the strings with a rule of their own. Everything else comes from the schema.
 */
export const ID_KIND_OF: Record<string, IdKind> = {
  societyId: 'society',
  campaignId: 'campaign',
  memberId: 'member',
  liaisonId: 'member',
  lecturerId: 'member',
  findingId: 'finding',
  itemId: 'rectification-item',
  reviewerId: 'member',
  taskId: 'service-task',
};

/** A JSON literal that JavaScript values cannot express (1e999, a 10 000-deep object): sent as is. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text with RawJson spliced in and own `__proto__` / `constructor` keys kept as keys. */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) =>
    v instanceof RawJson ? `@@RAW${raws.push(v.text) - 1}@@` : v,
  );
  return (text ?? 'null').replace(/"@@RAW(\d+)@@"/g, (_m, i: string) => raws[Number(i)]!);
}

/** An object with one more own property, even `__proto__`, which `{ ...o, [k]: v }` would also make own. */
export function withKey(object: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const HAN = [...'学会科协党建宣讲委员书记天津机械工程智能制造服务群众办实事调研座谈图书捐赠'];
export const chinese = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...HAN), minLength, maxLength });
const EMOJI = ['😀', '🎉', '👨‍👩‍👧‍👦', '🇨🇳', '𠮷', '🧑🏽‍🔬', '\u200d', '\ufe0f'];
export const emoji = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...EMOJI), minLength, maxLength });

/** Strings that trip parsers: control and bidi characters, a lone surrogate, numbers and keywords as text, injections. */
export const ODD_STRINGS = [
  '',
  ' ',
  '\t\r\n',
  '\u0000',
  '\u202e学会',
  '\ud800',
  '\uffff',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '0x1F',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  "'; DROP TABLE commits; --",
  '{"$gt":""}',
  '${7*7}',
  '%s%n%x',
  '../../etc/passwd',
  'ｆｕｌｌｗｉｄｔｈ　全角',
];

/** Dates and times that are not, or that a lenient parser reads as something else. */
export const DATE_ISH = [
  '2021-02-30',
  '2021-02-29',
  '2020-02-29',
  '2021-13-01',
  '2021-00-10',
  '2021-04-31',
  '0000-01-01',
  '9999-12-31',
  '275760-09-14',
  '+275760-09-14',
  '-000001-01-01',
  '2021-W01',
  '2021-W01-1',
  '2021-100',
  '20210810',
  '2021-08',
  '2021',
  '2021-08-10T24:00:00Z',
  '2021-08-10T09:30:00',
  '2021-08-10T09:30:00+25:00',
  '2021-08-10T09:30:00,5+08:00',
  '2021-08-10T09:30:60+08:00',
  '2021-08-10 09:30',
  '2021/08/10',
  '10/08/2021',
  '2021年8月10日',
  '２０２１-０８-１０',
  'Invalid Date',
  '1628559000000',
];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (from: string, to: string) =>
  fc
    .date({
      min: new Date(`${from}T00:00:00Z`),
      max: new Date(`${to}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
/** Mostly within the fixtures' campaign (2021-07-19 to 2021-12-31), so that rules pass too. */
const validDay = fc.oneof(day('2021-07-19', '2021-12-31'), day('2020-01-01', '2023-12-31'));
const validDateTime = fc
  .tuple(validDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([d, h, m]) => `${d}T${pad(h)}:${pad(m)}:00+08:00`);

const CREDIT_ALPHABET = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'];
export const creditCode = fc
  .string({ unit: fc.constantFrom(...CREDIT_ALPHABET), minLength: 17, maxLength: 17 })
  .map((first17) => first17 + creditCodeCheckCharacter(first17));

const looksLikeDate = (s: Schema) =>
  typeof s.example === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.example);
const looksLikeDateTime = (s: Schema) =>
  typeof s.example === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(s.example);

/** A value the schema admits: enums, typed numbers in range, dates like the example, ids of fixtures. */
export function validValue(schema: Schema, name: string, ids: FixtureIds): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return validString(schema, name, ids);
    case 'number':
    case 'integer': {
      const min = schema.minimum ?? 0;
      const max = schema.maximum ?? Math.max(min, 1000);
      return typeof schema.example === 'number'
        ? fc.oneof(fc.constant(schema.example), fc.integer({ min, max }))
        : fc.integer({ min, max });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validValue(schema.items ?? { type: 'string' }, name, ids), {
        maxLength: 3,
      });
    case 'object':
      return validObject(schema, ids);
    default:
      return fc.constant('x');
  }
}

function validString(schema: Schema, name: string, ids: FixtureIds): fc.Arbitrary<unknown> {
  const kind = ID_KIND_OF[name];
  if (kind) return fc.oneof(fc.constantFrom(...ids[kind]), fc.uuid({ version: 4 }));
  if (schema.format === 'uuid') return fc.uuid({ version: 4 });
  if (name === 'creditCode') return creditCode;
  if (name === 'streamId')
    return fc
      .constantFrom(...(Object.keys(ids) as IdKind[]))
      .chain((k) => fc.constantFrom(...ids[k]).map((id) => `${k}-${id}`));
  if (name === 'cursor')
    return fc.constant(Buffer.from(JSON.stringify(['a', 'b'])).toString('base64url'));
  if (looksLikeDateTime(schema)) return validDateTime;
  if (looksLikeDate(schema)) return validDay;
  const text = chinese(1, Math.min(schema.maxLength ?? 30, 30));
  return typeof schema.example === 'string' ? fc.oneof(fc.constant(schema.example), text) : text;
}

/** The required properties and a random choice of the optional ones, each valid. */
function validObject(schema: Schema, ids: FixtureIds): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const record = Object.fromEntries(
    Object.entries(properties).map(([key, s]) => [key, validValue(s, key, ids)]),
  );
  return fc.record(record, {
    requiredKeys: Object.keys(properties).filter((key) => required.has(key)),
  });
}

/** `{"a":{"a":…}}` `depth` deep, as text: deeper than JavaScript would stringify comfortably. */
export const deeplyNested = (depth: number) =>
  new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

/** Values that are wrong whatever the schema: null, the wrong container, deep nesting. */
const anyWrong: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, [], {}, [null], [[[]]], { a: { b: {} } }),
  fc.constantFrom(50, 1_000, 10_000, 100_000).map(deeplyNested),
);

const malformedUuid: fc.Arbitrary<string> = fc.oneof(
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => `{${u}}`),
  fc.uuid().map((u) => u.replace(/-/g, '')),
  fc.uuid().map((u) => `${u} `),
  fc.uuid().map((u) => u.slice(0, 35)),
  fc.uuid().map((u) => `${u.slice(0, 35)}g`),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'not-a-uuid', '1234', 'society-1'),
);

/** Cursors this service never issued: not base64, or base64url JSON of the wrong shape. */
const oddCursor: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('!!!', '====', 'W10', '学会', 'eyJ'),
  fc
    .constantFrom<unknown>(
      [{ $gt: '' }, 'x'],
      [['a'], 'x'],
      [null, 'x'],
      [true, 'x'],
      [1e308, 'x'],
      ['x'],
      ['x', 1],
      ['x', 'y', 'z'],
      { value: 'x', id: 'y' },
      'x',
      ['x', '学会'.repeat(300)],
    )
    .map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
  fc
    .anything({ maxDepth: 2 })
    .map((v) => Buffer.from(JSON.stringify([v, 'x']) ?? '').toString('base64url')),
);

const hugeNumbers = [
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MIN_VALUE,
  new RawJson('1e999'),
  new RawJson('-1e999'),
  new RawJson(`1${'0'.repeat(400)}`),
  new RawJson('-0'),
  new RawJson('1.0000000000000000000000001'),
];

/** A value the schema refuses (or that sits at its edge): wrong types, out of range, too long, malformed. */
export function invalidValue(schema: Schema, name: string, ids: FixtureIds): fc.Arbitrary<unknown> {
  const valid = validValue(schema, name, ids);
  const asArray = fc.array(valid, { minLength: 2, maxLength: 3 });
  if (schema.enum) {
    const words = schema.enum.map(String);
    return fc.oneof(
      fc.constantFrom(...words.map((w) => w.toUpperCase()), ...words.map((w) => ` ${w}`)),
      fc.constantFrom('unknown', '', '现场', '学会', 0, 1, true),
      asArray,
      anyWrong,
    );
  }
  switch (schema.type) {
    case 'string': {
      const max = schema.maxLength ?? 20_000;
      // Where the schema's example says date, id or cursor, the near misses of that kind come first.
      const nearMisses =
        looksLikeDate(schema) || looksLikeDateTime(schema)
          ? [fc.constantFrom(...DATE_ISH)]
          : schema.format === 'uuid' || ID_KIND_OF[name]
            ? [malformedUuid]
            : name === 'cursor'
              ? [oddCursor]
              : [];
      return fc.oneof(
        ...nearMisses.map((arbitrary) => ({ weight: 12, arbitrary })),
        fc.constantFrom(...ODD_STRINGS, ...DATE_ISH),
        fc.constantFrom(0, -1, 1.5, 1e308, true),
        fc.integer({ min: 1, max: 50 }).map((extra) => '学'.repeat(max + extra)),
        fc.integer({ min: 1, max: 5 }).map((extra) => '😀'.repeat(max + extra)),
        emoji(1, 10),
        chinese(1, 10),
        fc.string({ unit: 'binary', maxLength: 20 }),
        asArray,
        valid.map((v) => ({ value: v })),
        anyWrong,
      );
    }
    case 'number':
    case 'integer': {
      const edges = [-1, -0.5, 0.5, 1.5, 0.1 + 0.2];
      if (schema.minimum !== undefined) edges.push(schema.minimum - 1, schema.minimum - 0.5);
      if (schema.maximum !== undefined) edges.push(schema.maximum + 1, schema.maximum + 0.5);
      return fc.oneof(
        fc.constantFrom(...edges, ...hugeNumbers),
        fc.constantFrom('1', '5', 'NaN', 'Infinity', '', '一', '1e3', '0x10'),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        asArray,
        anyWrong,
      );
    }
    case 'array':
      return fc.oneof(
        fc.constantFrom('photos/1.jpg', 1, { 0: 'a' }, [null], [1, 2], [[[]]], ['']),
        fc.integer({ min: 1, max: 3 }).map((n) => Array.from({ length: 10 ** n * 3 }, () => 'a')),
        fc.constant(['学'.repeat(6000)]),
        anyWrong,
      );
    case 'object':
      return fc.oneof(fc.constantFrom('{}', 1, [{}]), asArray, anyWrong);
    default:
      return anyWrong;
  }
}

/** Keys a body must not carry: unknown ones, the server's own, and prototype pollution. */
export const EXTRA_KEYS: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.constantFrom<[string, unknown]>(
    ['__proto__', { polluted: 'yes' }],
    ['constructor', { prototype: { polluted: 'yes' } }],
    ['prototype', { polluted: 'yes' }],
    ['actor', '他人'],
    ['version', 99],
    ['streamId', 'society-x'],
    ['_id', 'x'],
    ['$where', '1'],
    ['', ''],
    ['名称', '学会'],
  ),
  fc.tuple(chinese(1, 5), fc.anything({ maxDepth: 2 })),
);
