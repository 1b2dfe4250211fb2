import { Logger } from '@nestjs/common';
import Fastify, { type FastifyInstance } from 'fastify';
import { installJsonShapeCheck, MAX_BODY_DEPTH } from './json-shape';
import { sendProblem } from './problem.filter';

describe('the shape check of JSON bodies', () => {
  let fastify: FastifyInstance;
  beforeAll(async () => {
    fastify = Fastify();
    fastify.setErrorHandler((error, request, reply) =>
      sendProblem(reply, request, error, new Logger('test')),
    );
    installJsonShapeCheck(fastify);
    fastify.post('/societies', async () => ({ ok: true }));
    await fastify.ready();
  });
  afterAll(() => fastify.close());

  const post = (payload: string) =>
    fastify.inject({
      method: 'POST',
      url: '/societies',
      headers: { 'content-type': 'application/json' },
      payload,
    });

  it('lets a body without nulls and within the depth through', async () => {
    expect((await post('{"name":"学会","tags":[["a"]]}')).statusCode).toBe(200);
  });

  it('refuses a null value with a 400 problem naming its path', async () => {
    const answer = await post('{"partyOrganisation":{"memberCount":null}}');
    expect(answer.statusCode).toBe(400);
    expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(answer.json()).toMatchObject({
      code: 'REQUEST.INVALID',
      field: 'partyOrganisation.memberCount',
      errors: [{ field: 'partyOrganisation.memberCount', rule: 'notNull' }],
    });
  });

  it(`refuses a body nested deeper than ${MAX_BODY_DEPTH} levels`, async () => {
    const answer = await post(
      `${'{"a":'.repeat(MAX_BODY_DEPTH + 1)}1${'}'.repeat(MAX_BODY_DEPTH + 1)}`,
    );
    expect(answer.statusCode).toBe(400);
    expect(answer.json().errors[0]).toMatchObject({ rule: 'maxDepth' });
  });
});
