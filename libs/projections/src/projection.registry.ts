import type { EventStore } from '@pb/event-store';
import { auditProjection } from './audit/audit.view';
import { WriteTally } from './write-tally';
import { accountProjection } from './entities/account.view';
import {
  assignmentProjection,
  campaignProjection,
  campaignVersionProjection,
} from './entities/campaign.view';
import { evidenceReferenceProjection } from './entities/evidence-reference.view';
import { inspectionBatchProjection } from './entities/inspection-batch.view';
import { inspectionCaseProjection } from './entities/inspection-case.view';
import { lectureProjection } from './entities/lecture.view';
import { memberProjection } from './entities/member.view';
import { organisationalLifeProjection } from './entities/organisational-life.view';
import { ratingRoundProjection } from './entities/rating-round.view';
import { serviceTaskProjection } from './entities/service-task.view';
import { societyProjection } from './entities/society.view';
import { starRatingProjection } from './entities/star-rating.view';
import {
  lifeRequirementsProjection,
  vitalityWeightsProjection,
} from './entities/yearly-tables.view';
import type { EntityProjection } from './projection';
import { Projector } from './projector';
import type { ReadModelStore } from './read-model-store.port';
import { StatusViews } from './status/status.views';

/** Every level-1 read model the projector builds. */
export const ENTITY_PROJECTIONS: readonly EntityProjection[] = [
  societyProjection,
  memberProjection,
  campaignProjection,
  campaignVersionProjection,
  assignmentProjection,
  lectureProjection,
  serviceTaskProjection,
  inspectionBatchProjection,
  inspectionCaseProjection,
  ratingRoundProjection,
  starRatingProjection,
  organisationalLifeProjection,
  evidenceReferenceProjection,
  lifeRequirementsProjection,
  vitalityWeightsProjection,
  accountProjection,
  auditProjection,
];

/**
 * The projector every process runs: the level-1 read models, then the status views of
 * what each batch touched, its collections created.
 */
export async function openProjector(views: ReadModelStore, store: EventStore): Promise<Projector> {
  const written = new WriteTally();
  const projector = new Projector(
    views,
    store,
    ENTITY_PROJECTIONS,
    [new StatusViews(views, written)],
    written,
  );
  await projector.init();
  return projector;
}
