import organisationalLifeRecordedV1 from '../events/organisational-life-recorded.v1.schema.json';
import organisationalLifeRecordedV2 from '../events/organisational-life-recorded.v2.schema.json';
import organisationalLifeCorrectedV1 from '../events/organisational-life-corrected.v1.schema.json';
import organisationalLifeCorrectedV2 from '../events/organisational-life-corrected.v2.schema.json';
import organisationalLifeWithdrawnV1 from '../events/organisational-life-withdrawn.v1.schema.json';
import lifeRequirementsSetV1 from '../events/life-requirements-set.v1.schema.json';
import vitalityWeightsSetV1 from '../events/vitality-weights-set.v1.schema.json';
import { eventDataSchema, type EventDataSchema } from '../event-data-schema';

/** Organisational life (三会一课, 主题党日): the records, the yearly requirement tables, the vitality weights. */
export const ORGANISATIONAL_LIFE_EVENT_SCHEMAS: readonly EventDataSchema[] = [
  eventDataSchema('OrganisationalLifeRecorded', 1, organisationalLifeRecordedV1),
  eventDataSchema('OrganisationalLifeRecorded', 2, organisationalLifeRecordedV2),
  eventDataSchema('OrganisationalLifeCorrected', 1, organisationalLifeCorrectedV1),
  eventDataSchema('OrganisationalLifeCorrected', 2, organisationalLifeCorrectedV2),
  eventDataSchema('OrganisationalLifeWithdrawn', 1, organisationalLifeWithdrawnV1),
  eventDataSchema('LifeRequirementsSet', 1, lifeRequirementsSetV1),
  eventDataSchema('VitalityWeightsSet', 1, vitalityWeightsSetV1),
];
