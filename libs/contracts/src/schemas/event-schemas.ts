import envelopeSchema from './envelope.schema.json';
import sealRecordedV1 from './events/seal-recorded.v1.schema.json';
import { eventDataSchema, type EventDataSchema, type JsonSchema } from './event-data-schema';
import { ACCOUNT_EVENT_SCHEMAS } from './registry/accounts.event-schemas';
import { CAMPAIGN_EVENT_SCHEMAS } from './registry/campaigns.event-schemas';
import { INSPECTION_EVENT_SCHEMAS } from './registry/inspections.event-schemas';
import { LECTURE_EVENT_SCHEMAS } from './registry/lectures.event-schemas';
import { ORGANISATIONAL_LIFE_EVENT_SCHEMAS } from './registry/organisational-life.event-schemas';
import { REGISTER_EVENT_SCHEMAS } from './registry/registers.event-schemas';
import { SERVICE_TASK_EVENT_SCHEMAS } from './registry/service-tasks.event-schemas';
import { STAR_RATING_EVENT_SCHEMAS } from './registry/star-rating.event-schemas';

export type { EventDataSchema, JsonSchema } from './event-data-schema';

/** The schema of every event's envelope; its `data` is described per type and version. */
export const ENVELOPE_SCHEMA: JsonSchema = envelopeSchema;
export const ENVELOPE_SCHEMA_FILE = 'envelope.schema.json';

/** Every event type and schema version the store may hold, with the JSON Schema of its `data`. */
export const EVENT_DATA_SCHEMAS: readonly EventDataSchema[] = [
  ...REGISTER_EVENT_SCHEMAS,
  ...CAMPAIGN_EVENT_SCHEMAS,
  ...LECTURE_EVENT_SCHEMAS,
  ...SERVICE_TASK_EVENT_SCHEMAS,
  ...STAR_RATING_EVENT_SCHEMAS,
  ...INSPECTION_EVENT_SCHEMAS,
  ...ORGANISATIONAL_LIFE_EVENT_SCHEMAS,
  ...ACCOUNT_EVENT_SCHEMAS,
  // The event store's own: the seal of every stream's head.
  eventDataSchema('SealRecorded', 1, sealRecordedV1),
];

/** The schema of a type's data at a version, or null when the contract has none. */
export function eventSchema(type: string, version: number): EventDataSchema | null {
  return EVENT_DATA_SCHEMAS.find((s) => s.type === type && s.version === version) ?? null;
}

/** Every event type of the contract, each once. */
export function eventTypes(): string[] {
  return [...new Set(EVENT_DATA_SCHEMAS.map((s) => s.type))];
}
