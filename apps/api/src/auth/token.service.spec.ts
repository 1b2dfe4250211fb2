import { loadConfig } from '@pb/platform';
import { TokenService } from './token.service';

const SECRET = 'unit-only-secret-0123456789abcdefghijklmnopqrstuvwxyz';

describe('TokenService', () => {
  let tokens: TokenService;
  const t0 = Date.parse('2026-11-21T08:00:00.000Z');

  beforeEach(async () => {
    jest.useFakeTimers({ now: t0, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    ({ tokens } = await TokenService.fromConfig(loadConfig({ AUTH_JWT_SECRET: SECRET })));
  });
  afterEach(() => jest.useRealTimers());

  it('answers a token it verified before with the same principal, up to its expiry and not past it', async () => {
    const token = await tokens.mint({ sub: '办公室', role: 'admin' }, '60s');
    const first = await tokens.verify(token);
    expect(first).toMatchObject({ sub: '办公室', role: 'admin' });
    jest.setSystemTime(t0 + 59_000);
    expect(await tokens.verify(token)).toEqual(first);
    jest.setSystemTime(t0 + 60_000);
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'AUTH.TOKEN_INVALID' });
  });

  it('refuses a token whose signature was altered even after the genuine one verified', async () => {
    const token = await tokens.mint({ sub: 'office', role: 'admin' });
    await tokens.verify(token);
    const [header, payload, signature] = token.split('.');
    const altered = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(tokens.verify(altered)).rejects.toMatchObject({ code: 'AUTH.TOKEN_INVALID' });
  });
});
