import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_PATHS } from './logging';

/** Logs one object with the api's redaction and returns the line written. */
function logged(object: object): Record<string, unknown> {
  let line = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      line += chunk.toString();
      done();
    },
  });
  pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink).info(object, 'x');
  return JSON.parse(line) as Record<string, unknown>;
}

describe('the log redaction', () => {
  it("never writes a meeting's host or an instructor's name, at the top or one level down", () => {
    const line = logged({
      host: '张明',
      instructorName: '刘洋',
      data: { host: '张明', instructorName: '刘洋', topic: '专题党课' },
    });
    expect(line).toMatchObject({
      host: '[redacted]',
      instructorName: '[redacted]',
      data: { host: '[redacted]', instructorName: '[redacted]', topic: '专题党课' },
    });
  });
});
