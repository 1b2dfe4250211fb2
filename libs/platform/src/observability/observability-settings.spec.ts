import { ConfigError, loadConfig } from '../config';

describe('the operations settings', () => {
  it('serve metrics on 127.0.0.1 at the default port of the process, and log at info', () => {
    expect(loadConfig({}).observability).toEqual({
      metrics: { host: '127.0.0.1', port: null },
      logLevel: 'info',
    });
  });

  it('give an api on any free port (PORT=0) a free metrics port too', () => {
    expect(loadConfig({ PORT: '0' }).observability.metrics).toEqual({
      host: '127.0.0.1',
      port: 0,
    });
  });

  it('take METRICS_HOST, METRICS_PORT (a port, 0 or off) and LOG_LEVEL', () => {
    const config = loadConfig({ METRICS_HOST: '0.0.0.0', METRICS_PORT: '9500', LOG_LEVEL: 'Warn' });
    expect(config.observability).toEqual({
      metrics: { host: '0.0.0.0', port: 9500 },
      logLevel: 'warn',
    });
    expect(loadConfig({ METRICS_PORT: 'off' }).observability.metrics).toBeNull();
    expect(loadConfig({ PORT: '0', METRICS_PORT: '9501' }).observability.metrics?.port).toBe(9501);
  });

  it.each([
    [{ METRICS_PORT: 'abc' }, 'METRICS_PORT must be a port from 0 to 65535'],
    [{ METRICS_PORT: '65536' }, 'METRICS_PORT must be a port from 0 to 65535'],
    [{ METRICS_PORT: '-1' }, 'METRICS_PORT must be a port from 0 to 65535'],
    [{ METRICS_HOST: 'not a host' }, 'METRICS_HOST must be an IP address or a host name'],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    ],
  ])('refuse %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('report every bad setting on one line', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '99999', METRICS_PORT: 'abc' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^invalid configuration: PORT must be .*; METRICS_PORT must be /);
  });
});
