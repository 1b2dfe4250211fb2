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
import type { ReadModelStore } from '../read-model-store.port';
import type {
  InspectionToDo,
  MemberStatusView,
  RectificationSummary,
  ReviewsToDo,
  SocietyStatusView,
  StarsInRound,
} from './status.documents';
import { isOpenRectification } from './yearly.rules';

const ALL = 100_000;

type SocietyYearly = Required<Pick<SocietyStatusView, 'stars' | 'rectifications'>>;
type MemberToDos = Required<Pick<MemberStatusView, 'reviews' | 'inspections'>>;

/** Orders by a text key; the views must not depend on the order the store answers in. */
export const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

function openItems(inspection: InspectionCaseView): RectificationSummary[] {
  return inspection.items.filter(isOpenRectification).map((item) => ({
    batchId: inspection.batchId,
    inspectionId: inspection.inspectionId,
    societyId: inspection.societyId,
    itemId: item.itemId,
    action: item.action,
    dueOn: item.dueOn,
    status: item.status,
  }));
}

/** A society's stars in the published rounds and its rectification items not yet accepted. */
export function societyYearly(
  ratings: readonly StarRatingView[],
  rounds: readonly RatingRoundView[],
  inspections: readonly InspectionCaseView[],
): SocietyYearly {
  const published = new Map(rounds.map((round) => [round.roundId, round]));
  const stars = ratings
    .flatMap((rating): StarsInRound[] => {
      const round = published.get(rating.roundId);
      // A round publishes every decision it holds, and none is taken after.
      if (!round?.publishedOn || rating.decision === null) return [];
      const { roundId, year, title, publishedOn } = round;
      return [
        {
          roundId,
          year,
          title,
          publishedOn,
          decision: { stars: rating.decision.stars },
          changes: rating.changes.map(({ kind, stars, effectiveOn }) => ({
            kind,
            stars,
            effectiveOn,
          })),
        },
      ];
    })
    .sort(byKey((s) => `${s.publishedOn}:${s.roundId}`));
  const rectifications = inspections
    .flatMap(openItems)
    .sort(byKey((item) => `${item.dueOn}:${item.itemId}`));
  return { stars, rectifications };
}

/** Reads what societyYearly needs: the society's ratings with their rounds, and its inspections. */
export async function readSocietyYearly(
  views: ReadModelStore,
  societyId: string,
): Promise<SocietyYearly> {
  const [ratings, inspections] = await Promise.all([
    views.find<StarRatingView>(starRatingProjection.spec.name, {
      where: { societyId },
      limit: ALL,
      unordered: true,
    }),
    views.find<InspectionCaseView>(inspectionCaseProjection.spec.name, {
      where: { societyId },
      limit: ALL,
      unordered: true,
    }),
  ]);
  const roundIds = [...new Set(ratings.items.map((rating) => rating.roundId))];
  const rounds = await views.getMany<RatingRoundView>(ratingRoundProjection.spec.name, roundIds);
  return societyYearly(ratings.items, rounds, inspections.items);
}

/** What a member's to-dos are computed from. */
export interface MemberWork {
  readonly memberId: string;
  /** The societies the member is currently the liaison of, in any campaign. */
  readonly liaisonOf: ReadonlySet<string>;
  readonly roundsInReview: readonly RatingRoundView[];
  /** The ratings of those rounds. */
  readonly ratings: readonly StarRatingView[];
  /** The batches drawn and not closed that the member is an inspector of. */
  readonly batches: readonly InspectionBatchView[];
  /** The inspections of those batches. */
  readonly inspections: readonly InspectionCaseView[];
}

/** Whether the member is expected to review the rating (see ReviewsToDo). */
function expectsReview(rating: StarRatingView, work: MemberWork): boolean {
  const { memberId } = work;
  return (
    rating.selfAssessed &&
    !rating.decided &&
    !rating.reviews.some((review) => review.reviewerId === memberId) &&
    !rating.assessmentAuthorIds.includes(memberId) &&
    !work.liaisonOf.has(rating.societyId)
  );
}

/** The sampled societies in order: drawn, in the draw's order, then added by name. */
function sampleOf(batch: InspectionBatchView): string[] {
  return [...(batch.draw?.societyIds ?? []), ...batch.added.map((added) => added.societyId)];
}

/** The reviews and inspections a member has to do. */
export function memberToDos(work: MemberWork): MemberToDos {
  const reviews = work.roundsInReview
    .filter((round) => round.status === 'review')
    .sort(byKey((round) => round.roundId))
    .map((round): ReviewsToDo => ({
      roundId: round.roundId,
      year: round.year,
      title: round.title,
      societyIds: work.ratings
        .filter((rating) => rating.roundId === round.roundId && expectsReview(rating, work))
        .map((rating) => rating.societyId)
        .sort(),
    }))
    .filter((round) => round.societyIds.length > 0);
  const cases = new Map(work.inspections.map((c) => [`${c.batchId}:${c.societyId}`, c]));
  const inspections = [...work.batches]
    .filter((batch) => batch.status === 'drawn' && batch.inspectorIds.includes(work.memberId))
    .sort(byKey((batch) => batch.batchId))
    .flatMap((batch) =>
      sampleOf(batch).flatMap((societyId): InspectionToDo[] => {
        const inspection = cases.get(`${batch.batchId}:${societyId}`);
        if (inspection?.status === 'closed') return [];
        return [
          {
            batchId: batch.batchId,
            batchTitle: batch.title,
            societyId,
            inspectionId: inspection?.inspectionId ?? null,
            state: inspection ? 'open' : 'not-visited',
            items: inspection ? openItems(inspection) : [],
          },
        ];
      }),
    );
  return { reviews, inspections };
}

/** Reads what memberToDos needs: the rounds in review and their ratings, the member's batches and their inspections. */
export async function readMemberToDos(
  views: ReadModelStore,
  memberId: string,
  liaisonOf: ReadonlySet<string>,
): Promise<MemberToDos> {
  const all = { limit: ALL, unordered: true } as const;
  const [rounds, batches] = await Promise.all([
    views.find<RatingRoundView>(ratingRoundProjection.spec.name, {
      where: { status: 'review' },
      ...all,
    }),
    views.find<InspectionBatchView>(inspectionBatchProjection.spec.name, {
      where: { status: 'drawn' },
      contains: { field: 'inspectorIds', value: memberId },
      ...all,
    }),
  ]);
  const [ratings, inspections] = await Promise.all([
    Promise.all(
      rounds.items.map((round) =>
        views.find<StarRatingView>(starRatingProjection.spec.name, {
          where: { roundId: round.roundId },
          ...all,
        }),
      ),
    ),
    Promise.all(
      batches.items.map((batch) =>
        views.find<InspectionCaseView>(inspectionCaseProjection.spec.name, {
          where: { batchId: batch.batchId },
          ...all,
        }),
      ),
    ),
  ]);
  return memberToDos({
    memberId,
    liaisonOf,
    roundsInReview: rounds.items,
    ratings: ratings.flatMap((page) => page.items),
    batches: batches.items,
    inspections: inspections.flatMap((page) => page.items),
  });
}
