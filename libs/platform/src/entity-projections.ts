import {
  assignmentProjection,
  auditProjection,
  campaignProjection,
  campaignVersionProjection,
  lectureProjection,
  memberProjection,
  serviceTaskProjection,
  societyProjection,
  type EntityProjection,
} from '@pb/projections';

/** Every level-1 read model the projector builds. */
export const ENTITY_PROJECTIONS = [
  societyProjection,
  memberProjection,
  campaignProjection,
  campaignVersionProjection,
  assignmentProjection,
  lectureProjection,
  serviceTaskProjection,
  auditProjection,
] as unknown as readonly EntityProjection[];
