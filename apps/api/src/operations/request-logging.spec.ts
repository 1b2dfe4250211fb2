import type { IncomingMessage } from 'node:http';
import { correlationIdOf } from './correlation';
import { logLevelOf } from './request-logging';

describe('the request log', () => {
  it('maps the levels Nest is given to the pino level that shows them', () => {
    expect(logLevelOf(false)).toBe('silent');
    expect(logLevelOf([])).toBe('silent');
    expect(logLevelOf(['log', 'warn', 'error'])).toBe('info');
    expect(logLevelOf(['error'])).toBe('error');
    expect(logLevelOf(['debug', 'error'])).toBe('debug');
  });

  it("keeps the caller's correlation id when it is valid, else makes a UUID", () => {
    const of = (value?: string) =>
      correlationIdOf({
        headers: value === undefined ? {} : { 'x-correlation-id': value },
      } as IncomingMessage);
    expect(of('order-42/取')).toMatch(/^[0-9a-f-]{36}$/);
    expect(of('order-42')).toBe('order-42');
    expect(of(undefined)).toMatch(/^[0-9a-f-]{36}$/);
    expect(of('a b')).toMatch(/^[0-9a-f-]{36}$/);
    expect(of('x'.repeat(201))).toMatch(/^[0-9a-f-]{36}$/);
  });
});
