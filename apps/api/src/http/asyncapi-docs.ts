import { asyncApiDocument, DEFAULT_ASYNCAPI_TOPICS } from '@pb/contracts';
import type { AppConfig } from '@pb/platform';
import type { FastifyInstance } from 'fastify';
import { stringify } from 'yaml';

/**
 * Serves the AsyncAPI document of the Kafka contract beside the OpenAPI one, open like
 * /docs: /docs/asyncapi.json and /docs/asyncapi.yaml, with the JSON Schemas bundled and
 * the topics this deployment is configured with.
 */
export function installAsyncApiDocs(fastify: FastifyInstance, config: AppConfig): void {
  // Built on the first request, not at start: an api restarted under load is ready sooner.
  const document = once(() =>
    asyncApiDocument({
      schemas: 'bundled',
      topics: {
        events: config.kafka?.topic ?? DEFAULT_ASYNCAPI_TOPICS.events,
        societyRegister:
          config.inboundSocietyRegister?.topic ?? DEFAULT_ASYNCAPI_TOPICS.societyRegister,
        societyRegisterDeadLetter:
          config.inboundSocietyRegister?.dlqTopic ??
          DEFAULT_ASYNCAPI_TOPICS.societyRegisterDeadLetter,
      },
      partitions: config.kafka?.partitions,
    }),
  );
  const json = once(() => JSON.stringify(document()));
  const yaml = once(() =>
    stringify(document(), {
      lineWidth: 100,
      blockQuote: 'literal',
      aliasDuplicateObjects: false,
    }),
  );
  fastify.get('/docs/asyncapi.json', async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(json()),
  );
  fastify.get('/docs/asyncapi.yaml', async (_request, reply) =>
    reply.type('application/yaml; charset=utf-8').send(yaml()),
  );
}

/** The value of `make`, made on the first call. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
