import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_PATHS } from './logging';

/** The lines a logger with the redaction of createLogger writes for `object`. */
function logged(object: object): Record<string, unknown> {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink).info(object, 'event');
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

describe('the redaction of logged objects', () => {
  it('hides who hosted a meeting and the name of a party-building instructor', () => {
    const line = logged({
      event: { type: 'OrganisationalLifeRecorded', host: '王芳', topic: '学习党章' },
      sent: { instructorName: '刘洋', since: '2026-04-01' },
    });
    expect(line.event).toEqual({
      type: 'OrganisationalLifeRecorded',
      host: '[redacted]',
      topic: '学习党章',
    });
    expect(line.sent).toEqual({ instructorName: '[redacted]', since: '2026-04-01' });
  });
});
