import { Logger } from '@nestjs/common';
import Fastify, { type FastifyInstance } from 'fastify';
import { sendProblem } from './problem.filter';
import { installRateLimit } from './rate-limit';

const MINUTE = 60_000;

async function server(perMinute: number): Promise<FastifyInstance> {
  const fastify = Fastify();
  fastify.setErrorHandler((error, request, reply) =>
    sendProblem(reply, request, error, new Logger('test')),
  );
  await installRateLimit(fastify, perMinute);
  fastify.get('/members', async () => ({ items: [] }));
  await fastify.ready();
  return fastify;
}

describe('the rate limit per caller', () => {
  let now: number;
  let fastify: FastifyInstance;
  beforeEach(() => {
    now = Date.parse('2025-03-01T08:00:00Z');
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await fastify?.close();
  });

  const get = (
    headers: Record<string, string> = {},
    remoteAddress = '10.0.0.1',
    url = '/members',
  ) => fastify.inject({ method: 'GET', url, headers, remoteAddress });

  it('answers the request past the rate with a 429 problem and Retry-After, and no other rate headers', async () => {
    fastify = await server(2);
    const token = { authorization: 'Bearer busy' };
    const first = await get(token);
    expect(first.statusCode).toBe(200);
    expect(Object.keys(first.headers).filter((name) => name.includes('ratelimit'))).toEqual([]);
    expect((await get(token)).statusCode).toBe(200);
    now += 15_000;
    const refused = await get(token, '10.0.0.1', '/members?limit=5');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('45');
    expect(refused.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(Object.keys(refused.headers).filter((name) => name.includes('ratelimit'))).toEqual([]);
    expect(refused.json()).toEqual({
      type: '/problems/request-too-many',
      title: 'Too Many Requests',
      status: 429,
      code: 'REQUEST.TOO_MANY',
      detail: 'more than 2 requests a minute from this caller; try again in 45 s',
      instance: '/members',
    });
  });

  it('counts every caller apart: another token, or another address without one, is not held back', async () => {
    fastify = await server(1);
    expect((await get({ authorization: 'Bearer busy' })).statusCode).toBe(200);
    expect((await get({ authorization: 'Bearer busy' })).statusCode).toBe(429);
    expect((await get({ authorization: 'Bearer calm' })).statusCode).toBe(200);
    expect((await get({}, '10.0.0.1')).statusCode).toBe(200);
    expect((await get({}, '10.0.0.1')).statusCode).toBe(429);
    expect((await get({}, '10.0.0.2')).statusCode).toBe(200);
  });

  it('keys a caller by its token, whatever address it calls from', async () => {
    fastify = await server(1);
    expect((await get({ authorization: 'Bearer busy' }, '10.0.0.1')).statusCode).toBe(200);
    expect((await get({ authorization: 'Bearer busy' }, '10.0.0.2')).statusCode).toBe(429);
  });

  it('admits the caller again once its minute is over', async () => {
    fastify = await server(1);
    expect((await get()).statusCode).toBe(200);
    expect((await get()).statusCode).toBe(429);
    now += MINUTE;
    expect((await get()).statusCode).toBe(200);
  });

  it('counts requests to unknown routes too', async () => {
    fastify = await server(1);
    expect((await get({}, '10.0.0.1', '/nowhere')).statusCode).toBe(404);
    expect((await get({}, '10.0.0.1', '/nowhere')).statusCode).toBe(429);
  });

  it('admits everything when the rate is 0', async () => {
    fastify = await server(0);
    for (let i = 0; i < 5; i++) expect((await get()).statusCode).toBe(200);
  });
});
