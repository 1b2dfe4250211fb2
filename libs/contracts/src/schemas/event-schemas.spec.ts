import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { SEAL_RECORDED } from '@pb/event-store';
import { STREAM_TYPES } from '../streams';
import { SCHEMA_VERSIONS } from '../upcasters';
import { EventContract } from './event-contract';
import { ENVELOPE_SCHEMA, eventSchema, EVENT_DATA_SCHEMAS } from './event-schemas';

const DOMAIN = join(__dirname, '../../../domain/src');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.ts$/.test(name) && !/\.(spec|testing)\.ts$/.test(name) ? [path] : [];
  });
}

/** The `type` of every `DomainEvent<'Type', …>` the domain's source declares. */
function declaredDomainEventTypes(): string[] {
  const types = new Set<string>();
  for (const file of sourcesUnder(DOMAIN)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
    const visit = (node: ts.Node): void => {
      if (
        ts.isTypeReferenceNode(node) &&
        node.typeName.getText(source) === 'DomainEvent' &&
        node.typeArguments?.[0] &&
        ts.isLiteralTypeNode(node.typeArguments[0]) &&
        ts.isStringLiteral(node.typeArguments[0].literal)
      )
        types.add(node.typeArguments[0].literal.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...types];
}

/** Every event the store may hold: the domain's, and the seal the event store records itself. */
const emittedTypes = () => [...declaredDomainEventTypes(), SEAL_RECORDED];

const societyId = '6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10';
const registered = (schemaVersion: number, data: Record<string, unknown>) => ({
  eventId: 'a3bb189e-8bf9-4888-9912-ace4e6543002',
  type: 'SocietyRegistered',
  schemaVersion,
  streamId: `society-${societyId}`,
  seq: 1,
  index: 0,
  occurredAt: '2024-05-01T08:00:00.000Z',
  recordedAt: '2024-05-01T08:00:00.000Z',
  actor: '办公室',
  correlationId: 'c1',
  causationId: 'k1',
  federationId: 'default',
  commandId: 'k1',
  societyId,
  memberIds: [],
  campaignId: null,
  data,
});
const roundId = '0b7c4f1e-2d3a-4e5f-8a9b-1c2d3e4f5a6b';
const batchId = '9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b';
const roundOpened = {
  ...registered(1, { roundId }),
  type: 'StarRatingRoundOpened',
  streamId: `rating-round-${roundId}`,
  societyId: null,
  roundId,
};
const sampleDrawn = (data: Record<string, unknown>) => ({
  ...registered(1, {
    batchId,
    population: [societyId, roundId],
    sampleSize: 1,
    seed: '00000000000000ff',
    algorithm: 'splitmix64-fisher-yates-v1',
    societyIds: [societyId],
    ...data,
  }),
  type: 'InspectionSampleDrawn',
  streamId: `inspection-batch-${batchId}`,
  societyId: null,
  batchId,
});
const v2Data = {
  societyId,
  name: '天津市机械工程学会',
  kind: 'society',
  creditCode: '91350100M000100Y43',
  shortName: '机械学会',
};

describe('the event schemas', () => {
  it('finds the domain event types in the source, so that the checks below see them all', () => {
    const types = declaredDomainEventTypes();
    expect(types.length).toBeGreaterThan(25);
    expect(types).toEqual(expect.arrayContaining(['SocietyRegistered', 'ServiceTaskEscalated']));
  });

  it('have a schema for every version of every event type the store may hold', () => {
    const missing = emittedTypes().flatMap((type) =>
      Array.from({ length: SCHEMA_VERSIONS[type] ?? 1 }, (_, i) => i + 1)
        .filter((version) => eventSchema(type, version) === null)
        .map((version) => `${type} v${version}`),
    );
    expect(missing).toEqual([]);
  });

  it('describe only event types and versions that exist', () => {
    const types = new Set(emittedTypes());
    const stray = EVENT_DATA_SCHEMAS.filter(
      ({ type, version }) => !types.has(type) || version > (SCHEMA_VERSIONS[type] ?? 1),
    ).map(({ type, version }) => `${type} v${version}`);
    expect(stray).toEqual([]);
  });

  it('are named after their type and version, once each', () => {
    const kebab = (type: string) => type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
    for (const { type, version, file, schema } of EVENT_DATA_SCHEMAS) {
      expect(file).toBe(`events/${kebab(type)}.v${version}.schema.json`);
      expect(schema.title).toBe(`${type} v${version}`);
    }
    const keys = EVENT_DATA_SCHEMAS.map(({ type, version }) => `${type}@${version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are the files the registry names, as they are on disk', () => {
    for (const { file, schema } of EVENT_DATA_SCHEMAS)
      expect(JSON.parse(readFileSync(join(__dirname, file), 'utf8'))).toEqual(schema);
  });

  it('let the envelope name a stream of every type, and no other', () => {
    const pattern = (ENVELOPE_SCHEMA.properties as Record<string, { pattern: string }>).streamId
      .pattern;
    expect(pattern).toBe(`^(${STREAM_TYPES.join('|')})-.+$`);
  });

  it('accept an event of a round naming its round, and refuse a round id that is no uuid', () => {
    const contract = new EventContract();
    expect(contract.check(roundOpened)).toEqual([]);
    expect(contract.check({ ...roundOpened, roundId: 'round-2025' })).toEqual([
      { path: '/roundId', message: 'must match format "uuid"' },
    ]);
  });

  it('accept a draw as recorded, and refuse a seed that is not 16 hex digits or a society drawn twice', () => {
    const contract = new EventContract();
    expect(contract.check(sampleDrawn({}))).toEqual([]);
    expect(contract.check(sampleDrawn({ seed: 'FF' }))).toEqual([
      { path: '/data/seed', message: 'must match pattern "^[0-9a-f]{16}$"' },
    ]);
    expect(contract.check(sampleDrawn({ societyIds: [societyId, societyId] }))).toEqual([
      {
        path: '/data/societyIds',
        message: 'must NOT have duplicate items (items ## 1 and 0 are identical)',
      },
    ]);
  });

  it('accept a SocietyRegistered at version 2, and at version 1 without a short name', () => {
    const contract = new EventContract();
    expect(contract.check(registered(2, v2Data))).toEqual([]);
    const { shortName: _, ...v1Data } = { ...v2Data, creditCode: null };
    expect(contract.check(registered(1, v1Data))).toEqual([]);
  });

  it('reject data missing a required field, naming it', () => {
    const { name: _, ...withoutName } = v2Data;
    expect(new EventContract().check(registered(2, withoutName))).toEqual([
      { path: '/data', message: expect.stringContaining('"missingProperty":"name"') },
    ]);
  });

  it('reject a field that the version does not have, and a version 2 without its new field', () => {
    const contract = new EventContract();
    expect(contract.check(registered(1, v2Data))).toEqual([
      { path: '/data', message: expect.stringContaining('shortName') },
    ]);
    const { shortName: _, ...v1Data } = v2Data;
    expect(contract.check(registered(2, v1Data))).toEqual([
      { path: '/data', message: expect.stringContaining('"missingProperty":"shortName"') },
    ]);
  });

  it('reject an envelope missing a required field, a bad value, and an unknown type or version', () => {
    const contract = new EventContract();
    const { streamId: _, ...withoutStream } = registered(2, v2Data);
    expect(contract.check(withoutStream)).toEqual([
      { path: '', message: expect.stringContaining('"missingProperty":"streamId"') },
    ]);
    expect(contract.check({ ...registered(2, v2Data), seq: 0 })).toEqual([
      { path: '/seq', message: 'must be >= 1' },
    ]);
    expect(contract.check(registered(2, { ...v2Data, kind: 'club' }))).toEqual([
      { path: '/data/kind', message: 'must be equal to one of the allowed values' },
    ]);
    expect(contract.check(registered(3, v2Data))).toEqual([
      { path: '/type', message: 'no schema for SocietyRegistered version 3' },
    ]);
    expect(contract.check({ ...registered(1, {}), type: 'SocietyMerged' })).toEqual([
      { path: '/type', message: 'no schema for SocietyMerged version 1' },
    ]);
  });
});
