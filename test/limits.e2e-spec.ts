import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { TEST_JWT_SECRET, tokenFor } from './support/auth';
import { call } from './support/http';

describe('limits: body size, text lengths and a rate per token', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-limits-')),
        PORT: '0',
        RATE_LIMIT_PER_MINUTE: '5',
      }),
      { logger: false },
    );
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('answers 429 with Retry-After once a token passes its rate, and counts other tokens apart', async () => {
    const busy = await tokenFor({ sub: 'busy', role: 'auditor' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await call(api.url, 'GET', '/members', undefined, { authorization: `Bearer ${busy}` }))
          .status,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await call(api.url, 'GET', '/members', undefined, {
      authorization: `Bearer ${busy}`,
    });
    expect(refused.body).toMatchObject({ status: 429, code: 'REQUEST.TOO_MANY' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const calm = await tokenFor({ sub: 'calm', role: 'auditor' });
    expect(
      (await call(api.url, 'GET', '/members', undefined, { authorization: `Bearer ${calm}` }))
        .status,
    ).toBe(200);
  });

  it('answers 413 for a body over 1 MiB and 400 naming the field for a string over its limit', async () => {
    const token = await tokenFor({ sub: 'writer', role: 'admin' });
    const huge = await call(
      api.url,
      'POST',
      '/societies',
      { name: '学'.repeat(600_000), kind: 'society' },
      { authorization: `Bearer ${token}` },
    );
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('REQUEST.TOO_LARGE');
    const long = await call(
      api.url,
      'POST',
      '/societies',
      { name: '学'.repeat(101), kind: 'society' },
      { authorization: `Bearer ${token}` },
    );
    expect(long.status).toBe(400);
    expect(long.body.errors[0]).toMatchObject({ field: 'name', rule: 'maxLength' });
  });
});
