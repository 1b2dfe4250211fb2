import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { InvalidInput, NotFound } from '@pb/domain';
import { StoreUnavailable } from '@pb/storage';
import { StreamVersionConflict } from '@pb/event-store';
import schema from '../../../../libs/contracts/src/schemas/inbound/society-register-dlq.v1.schema.json';
import { deadLetterRecord } from './dead-letter';
import { UNEXPECTED_ATTEMPTS, verdictOf } from './inbound-failure';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const original = {
  topic: 'party-building.society-register.v1',
  partition: 7,
  offset: '1042',
  key: Buffer.from('91350100M000100Y43'),
};
const failedAt = new Date('2026-03-02T01:30:02.118Z');

describe('dead letter', () => {
  it('keeps the original key, topic, partition, offset and UTF-8 value, and names the reason in headers', () => {
    const value = Buffer.from('{"type":"rename","society":{"name":"天津市智能制造学会"}}');
    const record = deadLetterRecord(
      { ...original, value },
      { code: 'SOCIETY.NOT_FOUND', message: 'no society holds the credit code' },
      failedAt,
    );
    expect(record.key).toEqual(original.key);
    expect(record.headers).toEqual({
      'dlq-reason-code': 'SOCIETY.NOT_FOUND',
      'dlq-original-topic': original.topic,
    });
    const letter = JSON.parse(record.value);
    expect(validate(letter)).toBe(true);
    expect(letter).toEqual({
      reason: { code: 'SOCIETY.NOT_FOUND', message: 'no society holds the credit code' },
      original: {
        topic: original.topic,
        partition: 7,
        offset: '1042',
        key: '91350100M000100Y43',
        value: value.toString('utf8'),
        valueEncoding: 'utf8',
      },
      failedAt: '2026-03-02T01:30:02.118Z',
    });
  });

  it('carries a value that is not UTF-8 as base64, and a missing key and value as null', () => {
    const bytes = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
    const letter = JSON.parse(
      deadLetterRecord(
        { ...original, value: bytes },
        { code: 'INBOUND.MALFORMED_JSON', message: 'not UTF-8' },
        failedAt,
      ).value,
    );
    expect(letter.original).toMatchObject({ value: 'e//+fQ==', valueEncoding: 'base64' });
    expect(Buffer.from(letter.original.value, 'base64')).toEqual(bytes);
    expect(validate(letter)).toBe(true);
    const empty = JSON.parse(
      deadLetterRecord(
        { ...original, key: null, value: null },
        { code: 'INBOUND.MALFORMED_JSON', message: 'no value' },
        failedAt,
      ).value,
    );
    expect(empty.original).toMatchObject({ key: null, value: null });
    expect(validate(empty)).toBe(true);
  });
});

describe('what a failed message gets', () => {
  it('is tried again while the store is unavailable or a write lost a race', () => {
    expect(verdictOf(new StoreUnavailable('the MongoDB store'), 50)).toEqual({
      retry: true,
      code: 'STORE.UNAVAILABLE',
    });
    expect(verdictOf(new StreamVersionConflict('society-x', 2), 50).retry).toBe(true);
  });

  it("is dead-lettered with the domain's code and field when the domain refuses it", () => {
    expect(verdictOf(new NotFound('SOCIETY.NOT_FOUND', 'no society'), 1)).toEqual({
      retry: false,
      reason: { code: 'SOCIETY.NOT_FOUND', message: 'no society' },
    });
    expect(
      verdictOf(new InvalidInput('creditCode', 'SOCIETY.CREDIT_CODE_INVALID', 'bad check'), 1),
    ).toEqual({
      retry: false,
      reason: {
        code: 'SOCIETY.CREDIT_CODE_INVALID',
        message: 'bad check',
        errors: [{ field: 'society.creditCode', reason: 'bad check' }],
      },
    });
  });

  it('is tried a few times after an unexpected error, then dead-lettered as INBOUND.FAILED', () => {
    const error = new TypeError('x is undefined');
    expect(verdictOf(error, UNEXPECTED_ATTEMPTS - 1).retry).toBe(true);
    const verdict = verdictOf(error, UNEXPECTED_ATTEMPTS);
    expect(verdict).toMatchObject({ retry: false, reason: { code: 'INBOUND.FAILED' } });
  });
});
