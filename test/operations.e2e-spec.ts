import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { adminToken, TEST_JWT_SECRET } from './support/auth';
import { call, until } from './support/http';
import { AppProcess, freePort } from './support/processes';
import { mongoUri, uniqueName } from './support/servers';

jest.setTimeout(60000);

const ROOT = join(__dirname, '..');

/** The value of one sample of the Prometheus text, or undefined when it is absent. */
function sample(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const braces = /\{(.*)\}/.exec(line)?.[1] ?? '';
    if (wanted.every((pair) => braces.split(',').includes(pair)))
      return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

async function scrape(url: string): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

describe('operations in embedded mode: health, readiness and metrics', () => {
  let api: Api;

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-ops-')),
        PORT: '0',
      }),
      { logger: false },
    );
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('answers liveness and readiness without a token, readiness with the store check and its duration', async () => {
    const live = await call(api.url, 'GET', '/health', undefined, { authorization: 'none' });
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'ok' });
    const ready = await call(api.url, 'GET', '/health/ready', undefined, { authorization: 'none' });
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ok');
    expect(ready.body.checks.store).toMatchObject({ status: 'ok' });
    expect(typeof ready.body.checks.store.durationMs).toBe('number');
    expect(ready.body.checks.kafka).toBeUndefined();
  });

  it('documents both health routes in the OpenAPI document', async () => {
    const doc = (await call(api.url, 'GET', '/docs/openapi.json')).body;
    expect(doc.paths['/health'].get).toBeDefined();
    expect(Object.keys(doc.paths['/health/ready'].get.responses)).toEqual(
      expect.arrayContaining(['200', '503']),
    );
  });

  it('echoes a valid x-correlation-id and makes one up otherwise', async () => {
    const given = await call(api.url, 'GET', '/health', undefined, {
      'x-correlation-id': 'ops-test-1',
    });
    expect(given.headers.get('x-correlation-id')).toBe('ops-test-1');
    const made = await call(api.url, 'GET', '/health', undefined, {
      'x-correlation-id': 'x'.repeat(500),
    });
    expect(made.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts commands by type and outcome, times them, and times requests by route, on its own port only', async () => {
    expect(api.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(new URL(api.metricsUrl!).port).not.toBe(new URL(api.url).port);
    const name = `指标学会${randomUUID().slice(0, 8)}`;
    for (const suffix of ['甲', '乙'])
      expect(
        (await call(api.url, 'POST', '/societies', { name: name + suffix, kind: 'society' }))
          .status,
      ).toBe(201);
    const duplicate = await call(api.url, 'POST', '/societies', {
      name: `${name}甲`,
      kind: 'society',
    });
    expect(duplicate.status).toBe(409);
    const unknown = await call(api.url, 'POST', `/societies/${randomUUID()}/rename`, {
      name: '无此学会',
    });
    expect(unknown.status).toBe(404);

    // The projector runs on its own thread: its figures follow the answers by a moment.
    const { status, type, text } = await until(
      () => scrape(api.metricsUrl!),
      (scraped) =>
        (sample(scraped.text, 'pb_projection_events_total', {
          group: 'party-building.projector',
        }) ?? 0) >= 2,
      15000,
      'the two registrations in the projector metrics',
    );
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(text, 'pb_commands_total', { type: 'RegisterSociety', outcome: 'ok' })).toBe(2);
    expect(
      sample(text, 'pb_commands_total', { type: 'RegisterSociety', outcome: 'conflict' }),
    ).toBe(1);
    expect(sample(text, 'pb_commands_total', { type: 'RenameSociety', outcome: 'not-found' })).toBe(
      1,
    );
    expect(sample(text, 'pb_command_duration_seconds_count', { type: 'RegisterSociety' })).toBe(3);
    expect(
      sample(text, 'pb_command_duration_seconds_bucket', { type: 'RegisterSociety', le: '+Inf' }),
    ).toBe(3);
    expect(
      sample(text, 'pb_command_duration_seconds_bucket', { type: 'RegisterSociety', le: '0.1' }),
    ).toBeDefined();
    expect(
      sample(text, 'pb_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/societies',
        status: '201',
      }),
    ).toBe(2);
    expect(
      sample(text, 'pb_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/societies/:id/rename',
        status: '404',
      }),
    ).toBe(1);
    // The embedded process runs the relay and the projector: their metrics are here too.
    expect(sample(text, 'pb_relay_backlog_commits')).toBeGreaterThanOrEqual(0);
    expect(
      sample(text, 'pb_projection_events_total', { group: 'party-building.projector' }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(text, 'pb_projection_lag_seconds', { group: 'party-building.projector' }),
    ).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);

    expect((await scrape(api.metricsUrl!.replace('/metrics', '/other'))).status).toBe(404);
    expect((await call(api.url, 'GET', '/metrics')).status).toBe(404);
  });

  it('keeps the metrics of two apis in one process apart', async () => {
    const other = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-ops-')),
        PORT: '0',
      }),
      { logger: false },
    );
    try {
      await call(other.url, 'POST', '/members', { name: '另一进程委员', position: 'member' });
      const mine = (await scrape(api.metricsUrl!)).text;
      const theirs = (await scrape(other.metricsUrl!)).text;
      expect(sample(theirs, 'pb_commands_total', { type: 'RegisterMember', outcome: 'ok' })).toBe(
        1,
      );
      expect(
        sample(theirs, 'pb_commands_total', { type: 'RegisterSociety', outcome: 'ok' }),
      ).toBeUndefined();
      expect(
        sample(mine, 'pb_commands_total', { type: 'RegisterMember', outcome: 'ok' }),
      ).toBeUndefined();
    } finally {
      await other.app.close();
    }
  });
});

describe('readiness when Kafka is down (distributed mode)', () => {
  it('answers 503, a problem naming the kafka check, while the store check passes', async () => {
    const api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        MONGODB_URI: mongoUri(),
        MONGODB_DB: uniqueName('pb_ops_ready'),
        KAFKA_BROKERS: `127.0.0.1:${await freePort()}`,
        INBOUND_SOCIETY_REGISTER: 'off',
        PORT: '0',
      }),
      { logger: false },
    );
    try {
      const ready = await call(api.url, 'GET', '/health/ready', undefined, {
        authorization: 'none',
      });
      expect(ready.status).toBe(503);
      expect(ready.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(ready.body).toMatchObject({ status: 503, code: 'HEALTH.NOT_READY' });
      expect(ready.body.detail).toMatch(/^kafka: /);
      expect(ready.body.checks.store.status).toBe('ok');
      expect(ready.body.checks.kafka.status).toBe('failing');
      expect(ready.body.checks.kafka.durationMs).toBeLessThan(3000);
    } finally {
      await api.app.close();
    }
  });
});

describe('the built api as a process: JSON logs and refused configuration', () => {
  it('writes one JSON line per request with its correlation id, which the stored event carries too, and never the token or a name from a body', async () => {
    const port = await freePort();
    const api = new AppProcess('api', {
      MODE: 'embedded',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-ops-log-')),
      PORT: String(port),
    }).start();
    try {
      await api.waitFor(/listening on/);
      const base = `http://127.0.0.1:${port}`;
      const name = `日志学会${randomUUID().slice(0, 8)}`;
      const correlationId = `ops-${randomUUID()}`;
      const created = await call(
        base,
        'POST',
        '/societies',
        { name, kind: 'society' },
        {
          'x-correlation-id': correlationId,
        },
      );
      expect(created.status).toBe(201);
      expect(created.headers.get('x-correlation-id')).toBe(correlationId);
      expect((await call(base, 'POST', '/societies', { name, kind: 'society' })).status).toBe(409);
      expect(
        (await call(base, 'GET', '/societies?limit=1', undefined, { authorization: 'none' }))
          .status,
      ).toBe(401);
      const audit = await until(
        () => call(base, 'GET', `/audit/events?streamId=${created.body.streamId}`),
        (answer) => answer.body?.items?.length === 1,
        10000,
        'the audit entry',
      );
      expect(audit.body.items[0].correlationId).toBe(correlationId);

      const lines = await until(
        async () =>
          api.output
            .join('')
            .split('\n')
            .filter((line) => line.trim() !== ''),
        (all) => all.filter((line) => line.includes('"request completed"')).length >= 4,
        5000,
        'the request lines',
      );
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      const requests = lines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((entry) => entry.msg === 'request completed');
      expect(requests.length).toBeGreaterThanOrEqual(4);
      for (const entry of requests) {
        expect(entry).toMatchObject({ level: 'info', app: 'api' });
        expect(typeof entry.correlationId).toBe('string');
        expect(typeof entry.method).toBe('string');
        expect(typeof entry.route).toBe('string');
        expect(typeof entry.status).toBe('number');
        expect(typeof entry.durationMs).toBe('number');
      }
      expect(requests).toContainEqual(
        expect.objectContaining({
          correlationId,
          method: 'POST',
          route: '/societies',
          status: 201,
        }),
      );
      expect(requests).toContainEqual(
        expect.objectContaining({ route: '/societies', status: 409 }),
      );
      expect(requests).toContainEqual(
        expect.objectContaining({ route: '/societies', status: 401 }),
      );
      const everything = api.output.join('');
      expect(everything).not.toContain(await adminToken());
      expect(everything).not.toContain(name);
      expect(everything).not.toMatch(/bearer/i);
    } finally {
      await api.stop();
    }
  });

  it.each([
    ['METRICS_PORT', 'abc', /METRICS_PORT must be a port from 0 to 65535.*"abc"/],
    ['PORT', '99999', /PORT must be a whole number from 0 to 65535, got "99999"/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of .*"loud"/],
  ])(
    'refuses to start with %s=%s: exit 1 and one line naming it, no stack',
    async (key, value, message) => {
      const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js')], {
        cwd: ROOT,
        env: {
          ...process.env,
          MODE: 'embedded',
          DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-ops-cfg-')),
          [key]: value,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(stdout).toBe('');
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^invalid configuration: /);
      expect(lines[0]).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );
});
