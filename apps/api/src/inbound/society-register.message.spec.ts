import 'reflect-metadata';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../../../../libs/contracts/src/schemas/inbound/society-register.v1.schema.json';
import { parseSocietyRegisterMessage } from './society-register.message';

const register = {
  messageId: '6a1f0c52-8d4e-4b7a-9c2e-1f3d5b7a9e01',
  type: 'register',
  source: 'federation-registry',
  occurredAt: '2026-03-02T09:30:00+08:00',
  society: {
    creditCode: '91350100M000100Y43',
    name: '天津市机械工程学会',
    kind: 'society',
    shortName: '机械学会',
  },
};
const rename = {
  ...register,
  type: 'rename',
  society: { creditCode: '91350100M000100Y43', name: '天津市智能制造学会' },
  reason: '经民政部门核准更名',
};
const deregister = {
  ...register,
  type: 'deregister',
  society: { creditCode: '91350100M000100Y43' },
  reason: '已注销社会团体登记',
};

const parse = (value: unknown) =>
  parseSocietyRegisterMessage(Buffer.from(JSON.stringify(value), 'utf8'));
const without = <T extends object>(value: T, key: keyof T) => {
  const copy = { ...value };
  delete copy[key];
  return copy;
};

describe('society-register message', () => {
  it('reads the three types and keeps only the fields the schema names', () => {
    const parsed = parse({ ...register, extra: 1, society: { ...register.society, extra: 2 } });
    expect(parsed).toEqual({ ok: true, message: expect.objectContaining({ type: 'register' }) });
    if (!parsed.ok) return;
    expect(JSON.parse(JSON.stringify(parsed.message))).toEqual(register);
    expect(parse(rename).ok).toBe(true);
    expect(parse(deregister).ok).toBe(true);
  });

  it('refuses a value that is not UTF-8 JSON, or none, as malformed', () => {
    for (const value of [
      Buffer.from('{"messageId": '),
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
      Buffer.alloc(0),
      null,
    ])
      expect(parseSocietyRegisterMessage(value)).toEqual({
        ok: false,
        reason: expect.objectContaining({ code: 'INBOUND.MALFORMED_JSON' }),
      });
  });

  it('names an unknown type apart from a missing one', () => {
    expect(parse({ ...register, type: 'merge' })).toEqual({
      ok: false,
      reason: expect.objectContaining({ code: 'INBOUND.UNKNOWN_TYPE' }),
    });
    expect(parse(without(register, 'type'))).toEqual({
      ok: false,
      reason: expect.objectContaining({
        code: 'INBOUND.INVALID',
        errors: expect.arrayContaining([expect.objectContaining({ field: 'type' })]),
      }),
    });
  });

  it('names every field at fault, nested fields by their path', () => {
    const parsed = parse({
      ...register,
      occurredAt: '2026-03-02',
      society: { creditCode: '123', name: '学'.repeat(101) },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason.code).toBe('INBOUND.INVALID');
    expect(new Set(parsed.reason.errors?.map((e) => e.field))).toEqual(
      new Set(['occurredAt', 'society.creditCode', 'society.name', 'society.kind']),
    );
  });

  it('requires what each type needs: name and kind to register, name to rename, a reason to deregister', () => {
    const fields = (value: unknown) => {
      const parsed = parse(value);
      return parsed.ok ? [] : (parsed.reason.errors ?? []).map((e) => e.field);
    };
    expect(fields({ ...register, society: without(register.society, 'kind') })).toContain(
      'society.kind',
    );
    expect(fields({ ...rename, society: { creditCode: '91350100M000100Y43' } })).toContain(
      'society.name',
    );
    expect(fields(without(deregister, 'reason'))).toContain('reason');
    expect(fields({ ...deregister, society: { creditCode: '91350100M000100Y43' } })).toEqual([]);
  });

  it('says that a missing field is required, and nothing else about it', () => {
    const problems = (value: unknown) => {
      const parsed = parse(value);
      return parsed.ok ? [] : (parsed.reason.errors ?? []);
    };
    expect(problems({ ...register, society: without(register.society, 'kind') })).toEqual([
      { field: 'society.kind', reason: 'kind is required' },
    ]);
    expect(problems(without(register, 'occurredAt'))).toEqual([
      { field: 'occurredAt', reason: 'occurredAt is required' },
    ]);
    expect(problems({ ...register, society: { ...register.society, kind: 'club' } })).toEqual([
      { field: 'society.kind', reason: expect.stringContaining('kind must be one of') },
    ]);
  });

  it('agrees with the JSON Schema of the topic on what is valid', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const samples: unknown[] = [
      register,
      rename,
      deregister,
      { ...register, extra: true },
      without(register, 'messageId'),
      { ...register, messageId: 'not-a-uuid' },
      { ...register, source: '' },
      { ...register, source: 's'.repeat(65) },
      { ...register, occurredAt: '2026-03-02T09:30:00' },
      { ...register, occurredAt: '2026-03-02T01:30:00.120Z' },
      { ...register, society: [] },
      { ...register, society: { ...register.society, kind: 'club' } },
      { ...register, society: { ...register.society, shortName: null } },
      { ...register, society: { ...register.society, shortName: '机'.repeat(31) } },
      { ...register, society: { ...register.society, name: '学'.repeat(100) } },
      { ...register, society: without(register.society, 'name') },
      { ...rename, society: { creditCode: '91350100M000100Y43' } },
      { ...rename, reason: 'r'.repeat(501) },
      without(deregister, 'reason'),
      { ...deregister, reason: '' },
      { ...deregister, society: { creditCode: '91350100M000100YI3' } },
      [register],
    ];
    for (const sample of samples)
      expect({ sample, valid: parse(sample).ok }).toEqual({ sample, valid: validate(sample) });
  });
});
