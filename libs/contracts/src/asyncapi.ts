import societyRegisterDeadLetterSchema from './schemas/inbound/society-register-dlq.v1.schema.json';
import societyRegisterSchema from './schemas/inbound/society-register.v1.schema.json';
import {
  ENVELOPE_SCHEMA,
  ENVELOPE_SCHEMA_FILE,
  EVENT_DATA_SCHEMAS,
  type JsonSchema,
} from './schemas/event-schemas';
import { stringify } from 'yaml';
import { STREAM_TYPES } from './streams';

/** The topics of the contract, as configured (KAFKA_TOPIC, KAFKA_INBOUND_TOPIC, KAFKA_INBOUND_DLQ_TOPIC). */
export interface AsyncApiTopics {
  readonly events: string;
  readonly societyRegister: string;
  readonly societyRegisterDeadLetter: string;
}

export const DEFAULT_ASYNCAPI_TOPICS: AsyncApiTopics = {
  events: 'party-building.events.v1',
  societyRegister: 'party-building.society-register.v1',
  societyRegisterDeadLetter: 'party-building.society-register.dlq.v1',
};

export interface AsyncApiOptions {
  /**
   * `files`: payloads refer to the JSON Schema files (for docs/asyncapi.yaml, beside the
   * sources); `bundled`: the schemas are copied into components.schemas, so the document
   * stands alone (as the api serves it).
   */
  readonly schemas: 'files' | 'bundled';
  readonly topics?: AsyncApiTopics;
  /** Partitions of the events topic (KAFKA_PARTITIONS). */
  readonly partitions?: number;
}

const KAFKA_BINDING = '0.5.0';
/** Where the schema files are, seen from docs/asyncapi.yaml. */
const SCHEMA_DIR = '../libs/contracts/src/schemas';
const INBOUND_FILES = {
  SocietyRegisterMessage: 'inbound/society-register.v1.schema.json',
  SocietyRegisterDeadLetter: 'inbound/society-register-dlq.v1.schema.json',
} as const;

const EVENTS_DESCRIPTION = `Every event the store commits, published by the relay: one Kafka message per event.

- **Value**: the event envelope as UTF-8 JSON, in its stored form (never upcast). \`data\` follows the schema of the event's \`type\` and \`schemaVersion\`.
- **Key**: the stream id (\`<stream type>-<id>\`, e.g. \`society-6f1c2a9e-…\`), partitioned by the Java client's murmur2 partitioner, so other clients agree on the partition of a key.
- **Stream types**: ${STREAM_TYPES.map((type) => `\`${type}\``).join(', ')}. None is another's prefix followed by \`-\`, so a consumer may pick a kind of stream by the key's prefix.
- **Touched ids**: the envelope names the society (\`societyId\`), the members (\`memberIds\`: member, liaisons, lecturer, reviewer, inspectors, an instructor who is a member) and the campaign (\`campaignId\`) an event touches, null or empty when none, so that consumers need no joins. \`roundId\` (星级评定批次) and \`batchId\` (督导抽查批次) are present only on the events of a star rating round or an inspection batch and on those of the societies' ratings or inspections in it.
- **Headers**: \`type\` (the event type) and \`schemaVersion\` (the version, as a decimal string), so a consumer can route or skip without parsing the value.
- **Ordering**: the events of one stream keep their order (\`seq\`, then \`index\`) within their partition; there is no order across streams or partitions. One relay is active at a time (a lease in the store), so a stream's order holds across relay fail-overs.
- **Delivery**: at least once. The producer is idempotent with acks=all, but a relay that dies between publishing and marking a commit published publishes it again after restart. Consumers dedupe by \`streamId\` + \`seq\` + \`index\` (keep the last applied position per stream and skip anything at or below it) or by \`eventId\`. A position further on than the next one reveals a gap: the store is the source of truth.
- **Retention**: kept for ever (\`retention.ms=-1\`, \`cleanup.policy=delete\`, never compacted): a new consumer can replay from the beginning.
- **Versions**: a type's \`schemaVersion\` is raised only by adding fields (docs/adr/0005-schema-evolution.md); older versions stay on the topic as they were written. A consumer that knows only an older version keeps working; one that wants the current shape applies the upcasters of \`@pb/contracts\`.`;

const SOCIETY_REGISTER_DESCRIPTION = `Changes to the register of societies sent by other federation systems (the federation's society registry), consumed by the api when INBOUND_SOCIETY_REGISTER is on (distributed mode).

- **Key**: the society's 统一社会信用代码 (creditCode); one society's changes stay in order on one partition.
- **Value**: UTF-8 JSON, a SocietyRegisterMessage.
- **Delivery**: at least once; the same \`messageId\` is applied once. A message that cannot be applied goes to the dead-letter topic; one that failed because the store or the broker could not be reached is retried, never dead-lettered.`;

const DEAD_LETTER_DESCRIPTION = `Messages of the society-register topic the api could not apply (malformed, breaking the schema, or refused by a domain rule), with the reason and the original message. Key: the original key. Headers \`dlq-reason-code\` (the reason's stable code) and \`dlq-original-topic\`.`;

function eventMessageId(type: string, version: number): string {
  return `${type}.v${version}`;
}

/**
 * The AsyncAPI 3.0.0 document of the Kafka contract: the events topic, with one message
 * per event type and schema version, and the inbound society-register topic with its
 * dead-letter topic. docs/asyncapi.yaml is this document with `schemas: 'files'`.
 */
export function asyncApiDocument(options: AsyncApiOptions): Record<string, unknown> {
  const topics = options.topics ?? DEFAULT_ASYNCAPI_TOPICS;
  const bundled = options.schemas === 'bundled';
  const schemas: Record<string, JsonSchema> = {};
  /** A reference to a schema: its file, or its copy in components.schemas. */
  const schemaRef = (name: string, file: string, schema: JsonSchema) => {
    if (!bundled) return { $ref: `${SCHEMA_DIR}/${file}` };
    const { $schema: _, ...copy } = schema;
    schemas[name] = copy;
    return { $ref: `#/components/schemas/${name}` };
  };

  const envelopeRef = schemaRef('EventEnvelope', ENVELOPE_SCHEMA_FILE, ENVELOPE_SCHEMA);
  const messages: Record<string, unknown> = {};
  for (const { type, version, file, schema } of EVENT_DATA_SCHEMAS) {
    const id = eventMessageId(type, version);
    messages[id] = {
      name: type,
      title: `${type} (schemaVersion ${version})`,
      summary: String(schema.description ?? type).split('. The `data`')[0],
      contentType: 'application/json',
      headers: {
        type: 'object',
        required: ['type', 'schemaVersion'],
        properties: {
          type: { type: 'string', const: type },
          schemaVersion: { type: 'string', const: String(version) },
        },
      },
      payload: {
        allOf: [
          envelopeRef,
          {
            type: 'object',
            properties: {
              type: { const: type },
              schemaVersion: { const: version },
              data: schemaRef(id, file, schema),
            },
          },
        ],
      },
      correlationId: { location: '$message.payload#/correlationId' },
      bindings: {
        kafka: {
          key: {
            type: 'string',
            pattern: `^(${STREAM_TYPES.join('|')})-.+$`,
            description: 'The stream id',
          },
          bindingVersion: KAFKA_BINDING,
        },
      },
    };
  }
  messages.SocietyRegisterMessage = {
    name: 'SocietyRegisterMessage',
    title: 'A change to the register of societies',
    contentType: 'application/json',
    payload: schemaRef(
      'SocietyRegisterMessage',
      INBOUND_FILES.SocietyRegisterMessage,
      societyRegisterSchema,
    ),
    bindings: {
      kafka: {
        key: { type: 'string', minLength: 18, maxLength: 18, description: '统一社会信用代码' },
        bindingVersion: KAFKA_BINDING,
      },
    },
  };
  messages.SocietyRegisterDeadLetter = {
    name: 'SocietyRegisterDeadLetter',
    title: 'A society-register message that was not applied',
    contentType: 'application/json',
    headers: {
      type: 'object',
      required: ['dlq-reason-code', 'dlq-original-topic'],
      properties: {
        'dlq-reason-code': { type: 'string', description: 'reason.code of the value' },
        'dlq-original-topic': { type: 'string', description: 'The topic the message came from' },
      },
    },
    payload: schemaRef(
      'SocietyRegisterDeadLetter',
      INBOUND_FILES.SocietyRegisterDeadLetter,
      societyRegisterDeadLetterSchema,
    ),
    bindings: {
      kafka: {
        key: { type: 'string', description: 'The original message key' },
        bindingVersion: KAFKA_BINDING,
      },
    },
  };

  const refsTo = (ids: readonly string[]) =>
    Object.fromEntries(ids.map((id) => [id, { $ref: `#/components/messages/${id}` }]));
  const eventIds = EVENT_DATA_SCHEMAS.map(({ type, version }) => eventMessageId(type, version));
  const channelMessages = (channel: string, ids: readonly string[]) =>
    ids.map((id) => ({ $ref: `#/channels/${channel}/messages/${id}` }));

  return {
    asyncapi: '3.0.0',
    info: {
      title: '科技社团党建工作任务跟踪 events',
      version: '1.0.0',
      description:
        'The Kafka contract of the party-building task tracker: the events it publishes for other federation systems, and the society-register changes it consumes. The JSON Schemas are in libs/contracts/src/schemas (events/<type>.v<version>.schema.json, envelope.schema.json, inbound/).',
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description:
          'The local broker (`npm run servers:start`, or docker compose). Set KAFKA_BROKERS to use another.',
      },
    },
    channels: {
      events: {
        address: topics.events,
        title: 'Events',
        summary: 'Every committed event, in stream order',
        description: `${EVENTS_DESCRIPTION}\n\nThe topic is KAFKA_TOPIC (default \`${DEFAULT_ASYNCAPI_TOPICS.events}\`) with KAFKA_PARTITIONS partitions (default 12), created by the relay or the projector if missing.`,
        servers: [{ $ref: '#/servers/local' }],
        messages: refsTo(eventIds),
        bindings: {
          kafka: {
            topic: topics.events,
            partitions: options.partitions ?? 12,
            topicConfiguration: { 'cleanup.policy': ['delete'], 'retention.ms': -1 },
            bindingVersion: KAFKA_BINDING,
          },
        },
      },
      societyRegister: {
        address: topics.societyRegister,
        title: 'Society register',
        description: `${SOCIETY_REGISTER_DESCRIPTION}\n\nThe topic is KAFKA_INBOUND_TOPIC (default \`${DEFAULT_ASYNCAPI_TOPICS.societyRegister}\`), 12 partitions.`,
        servers: [{ $ref: '#/servers/local' }],
        messages: refsTo(['SocietyRegisterMessage']),
        bindings: {
          kafka: { topic: topics.societyRegister, partitions: 12, bindingVersion: KAFKA_BINDING },
        },
      },
      societyRegisterDeadLetter: {
        address: topics.societyRegisterDeadLetter,
        title: 'Society register dead letters',
        description: `${DEAD_LETTER_DESCRIPTION}\n\nThe topic is KAFKA_INBOUND_DLQ_TOPIC (default \`${DEFAULT_ASYNCAPI_TOPICS.societyRegisterDeadLetter}\`).`,
        servers: [{ $ref: '#/servers/local' }],
        messages: refsTo(['SocietyRegisterDeadLetter']),
        bindings: {
          kafka: { topic: topics.societyRegisterDeadLetter, bindingVersion: KAFKA_BINDING },
        },
      },
    },
    operations: {
      publishEvents: {
        action: 'send',
        title: 'Publish events',
        summary: 'The relay publishes every committed event, at least once, in stream order',
        channel: { $ref: '#/channels/events' },
        messages: channelMessages('events', eventIds),
      },
      receiveSocietyRegister: {
        action: 'receive',
        title: 'Apply society-register changes',
        summary: 'The api registers, renames or deregisters societies; each messageId once',
        channel: { $ref: '#/channels/societyRegister' },
        messages: channelMessages('societyRegister', ['SocietyRegisterMessage']),
        bindings: {
          kafka: {
            groupId: { type: 'string', description: 'INBOUND_GROUP' },
            bindingVersion: KAFKA_BINDING,
          },
        },
      },
      sendSocietyRegisterDeadLetter: {
        action: 'send',
        title: 'Dead-letter a society-register message',
        summary: 'A message that cannot be applied goes here with its reason',
        channel: { $ref: '#/channels/societyRegisterDeadLetter' },
        messages: channelMessages('societyRegisterDeadLetter', ['SocietyRegisterDeadLetter']),
      },
    },
    components: {
      ...(bundled && { schemas }),
      messages,
    },
  };
}

/** docs/asyncapi.yaml: the document with payloads referring to the schema files. */
export function asyncApiYaml(): string {
  return (
    '# The Kafka contract, AsyncAPI 3.0.0. Generated from libs/contracts/src/asyncapi.ts:\n' +
    '# change that file, then `npm run build && npm run docs:asyncapi`. Served by the api at\n' +
    '# /docs/asyncapi.yaml and /docs/asyncapi.json with the schemas bundled.\n' +
    stringify(asyncApiDocument({ schemas: 'files' }), {
      lineWidth: 100,
      blockQuote: 'literal',
      aliasDuplicateObjects: false,
    })
  );
}
