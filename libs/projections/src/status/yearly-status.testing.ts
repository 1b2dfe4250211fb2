/**
 * Documents for the status specs, each built by replaying events through the real
 * projection, so that they look exactly as the projector writes them.
 */
import type {
  InspectionBatchEvent,
  SocietyInspectionEvent,
  StarRatingEvent,
  StarRatingRoundEvent,
  StarRatingRoundStatus,
} from '@pb/domain';
import {
  CRITERIA,
  THRESHOLDS,
} from '../../../domain/src/star-rating-round/star-rating-round.testing';
import { scored } from '../../../domain/src/star-rating/star-rating.testing';
import { projectEvents } from '../entities/entity-projection.testing';
import {
  inspectionBatchProjection,
  type InspectionBatchView,
} from '../entities/inspection-batch.view';
import {
  inspectionCaseProjection,
  type InspectionCaseView,
} from '../entities/inspection-case.view';
import { ratingRoundProjection, type RatingRoundView } from '../entities/rating-round.view';
import { starRatingProjection, type StarRatingView } from '../entities/star-rating.view';

function required<T>(doc: T | null): T {
  if (doc === null) throw new Error('the events made no document');
  return doc;
}

const POINTS = [15, 20, 20, 15];

/** A round taken as far as `status`, published on `publishedOn` when it gets there. */
export function round(
  roundId: string,
  year: number,
  status: Exclude<StarRatingRoundStatus, 'draft'>,
  publishedOn = `${year + 1}-03-20`,
): RatingRoundView {
  const steps: StarRatingRoundEvent[] = [
    {
      type: 'StarRatingRoundDrafted',
      data: {
        roundId,
        year,
        title: `${year}年度星级学会党组织评定`,
        criteria: CRITERIA,
        thresholds: THRESHOLDS,
      },
    },
    { type: 'StarRatingRoundOpened', data: { roundId } },
    { type: 'StarRatingReviewStarted', data: { roundId } },
    { type: 'StarRatingRoundPublished', data: { roundId, publishedOn, societyIds: [] } },
    { type: 'StarRatingRoundClosed', data: { roundId } },
  ];
  const upTo = ['open', 'review', 'published', 'closed'].indexOf(status) + 2;
  return required(
    projectEvents(ratingRoundProjection, `rating-round-${roundId}`, steps.slice(0, upTo)),
  );
}

type RatingIds = { ratingId: string; roundId: string; societyId: string };
export type RatingStep = (ids: RatingIds) => StarRatingEvent;

export const selfAssessedBy =
  (authorId: string): RatingStep =>
  (ids) => ({
    type: 'SelfAssessmentSubmitted',
    data: {
      ...ids,
      authorId,
      items: scored(POINTS).map((item) => ({ ...item, note: null, evidence: [] })),
      total: 70,
    },
  });
export const reviewedBy =
  (reviewerId: string): RatingStep =>
  (ids) => ({
    type: 'StarRatingReviewSubmitted',
    data: { ...ids, reviewerId, items: scored(POINTS), total: 70, comment: null },
  });
export const decided =
  (stars: number): RatingStep =>
  (ids) => ({
    type: 'StarsDecided',
    data: { ...ids, stars, defaultStars: stars, reviewedTotal: 70, reason: null },
  });
export const withdrawn =
  (previousStars: number, effectiveOn: string): RatingStep =>
  (ids) => ({
    type: 'StarsWithdrawn',
    data: { ...ids, previousStars, reason: '未按期换届', effectiveOn },
  });
export const adjusted =
  (previousStars: number, stars: number, effectiveOn: string): RatingStep =>
  (ids) => ({
    type: 'StarsAdjusted',
    data: { ...ids, stars, previousStars, reason: '组织生活记录不全', effectiveOn },
  });

/** A society's rating in a round, through the steps given. */
export function rating(roundId: string, societyId: string, ...steps: RatingStep[]): StarRatingView {
  const ids = { ratingId: `${roundId}-${societyId}`, roundId, societyId };
  const events = steps.map((step) => step(ids));
  return required(projectEvents(starRatingProjection, `star-rating-${ids.ratingId}`, events));
}

/** A batch drawn as `drawn` with `added` added by name, closed when asked. */
export function batch(
  batchId: string,
  inspectorIds: string[],
  drawn: string[],
  added: string[] = [],
  closed = false,
): InspectionBatchView {
  const events: InspectionBatchEvent[] = [
    {
      type: 'InspectionBatchPlanned',
      data: {
        batchId,
        title: `督导批次${batchId}`,
        focus: ['学习宣传贯彻'],
        populationCriterion: '{}',
        inspectorIds,
        sampleSize: drawn.length,
      },
    },
    {
      type: 'InspectionSampleDrawn',
      data: {
        batchId,
        population: drawn,
        sampleSize: drawn.length,
        seed: '0123456789abcdef',
        algorithm: 'splitmix64-fisher-yates-v1',
        societyIds: drawn,
      },
    },
    ...added.map((societyId): InspectionBatchEvent => ({
      type: 'SocietyAddedToInspection',
      data: { batchId, societyId, reason: '群众来信反映问题' },
    })),
    ...(closed ? [{ type: 'InspectionBatchClosed' as const, data: { batchId } }] : []),
  ];
  return required(projectEvents(inspectionBatchProjection, `inspection-batch-${batchId}`, events));
}

/** An item: its id, due date, and how far it went. */
export type ItemFate = readonly [
  itemId: string,
  dueOn: string,
  fate: 'open' | 'reported' | 'returned' | 'accepted',
];

/** A society's inspection: visited, one finding, its items; closed when asked (every item accepted). */
export function inspection(
  batchId: string,
  societyId: string,
  items: readonly ItemFate[],
  closed = false,
): InspectionCaseView {
  const ids = { inspectionId: `${batchId}-${societyId}`, batchId, societyId };
  const findingId = `${ids.inspectionId}-f1`;
  const events: SocietyInspectionEvent[] = [
    {
      type: 'InspectionVisitRecorded',
      data: { ...ids, visitedOn: '2026-03-10', inspectorIds: ['m1'], note: null },
    },
    {
      type: 'InspectionFindingRecorded',
      data: { ...ids, findingId, category: '组织建设', description: '记录不全', severity: 'minor' },
    },
  ];
  for (const [itemId, dueOn, fate] of items) {
    events.push({
      type: 'RectificationItemAdded',
      data: { ...ids, itemId, findingId, action: '补全会议记录', dueOn },
    });
    if (fate === 'open') continue;
    events.push({
      type: 'RectificationReported',
      data: { ...ids, itemId, note: '已整改', evidence: [] },
    });
    if (fate === 'returned')
      events.push({
        type: 'RectificationReturned',
        data: { ...ids, itemId, inspectorId: 'm1', reason: '佐证不足' },
      });
    if (fate === 'accepted')
      events.push({ type: 'RectificationAccepted', data: { ...ids, itemId, inspectorId: 'm1' } });
  }
  if (closed) events.push({ type: 'SocietyInspectionClosed', data: ids });
  return required(
    projectEvents(inspectionCaseProjection, `inspection-case-${ids.inspectionId}`, events),
  );
}
