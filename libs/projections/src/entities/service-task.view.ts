import { idInStream, isEventOfStream, type EnvelopeOf } from '@pb/contracts';
import type {
  BeneficiaryGroup,
  EvaluationMethod,
  ServiceTaskEvent,
  ServiceTaskStatus,
  Urgency,
} from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';

/**
 * The latest people's rating of the task. While it is open only the number of ballots
 * shows: a running mean would sway those who have not rated yet.
 */
export interface ServiceTaskRatingView {
  readonly status: 'open' | 'closed';
  readonly openedAt: string;
  readonly closesAt: string;
  /** How many one-time codes were handed out. */
  readonly codes: number;
  readonly ballots: number;
  readonly closedAt: string | null;
  /** Closed by the service at its deadline rather than by the society; null while open. */
  readonly atDeadline: boolean | null;
}

export interface ServiceTaskView extends EntityDocument {
  readonly taskId: string;
  readonly societyId: string;
  readonly campaignId: string | null;
  readonly title: string;
  readonly need: string;
  readonly raisedBy: string;
  readonly beneficiary: BeneficiaryGroup;
  readonly status: ServiceTaskStatus;
  readonly dueOn: string | null;
  /**
   * When the office accepted it (受理), an instant as the rectification items keep theirs:
   * a reader dates it in the federation's time zone (work coverage counts it by that date).
   */
  readonly acceptedAt: string | null;
  readonly urgency: Urgency | null;
  readonly progress: readonly { note: string; at: string }[];
  readonly outcome: string | null;
  readonly beneficiaries: number | null;
  readonly completedOn: string | null;
  /** Every evaluation, including those that reopened the task. */
  readonly evaluations: readonly {
    rating: number;
    raters: number;
    comment: string | null;
    satisfied: boolean;
    /** reported by the society, or the mean of the people's `ballots`. */
    method: EvaluationMethod;
    at: string;
  }[];
  readonly rating: ServiceTaskRatingView | null;
  readonly escalated: boolean;
  readonly escalationReason: string | null;
  readonly cancelReason: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const serviceTaskProjection: EntityProjection<
  ServiceTaskView,
  EnvelopeOf<ServiceTaskEvent>
> = {
  spec: {
    name: 'service_tasks',
    indexes: ['campaignId', 'societyId', 'status'],
    lookups: ['societyId'],
  },
  handles: isEventOfStream<ServiceTaskEvent>('service-task'),
  documentId: (event) => idInStream(event.streamId),
  apply(doc, event) {
    const touched = { version: event.seq, updatedAt: event.recordedAt };
    switch (event.type) {
      case 'ServiceTaskProposed': {
        const { taskId, societyId, campaignId, title, need, raisedBy, beneficiary } = event.data;
        return {
          _id: taskId,
          taskId,
          societyId,
          campaignId,
          title,
          need,
          raisedBy,
          beneficiary,
          status: 'proposed',
          dueOn: null,
          acceptedAt: null,
          urgency: null,
          progress: [],
          outcome: null,
          beneficiaries: null,
          completedOn: null,
          evaluations: [],
          rating: null,
          escalated: false,
          escalationReason: null,
          cancelReason: null,
          createdAt: event.recordedAt,
          ...touched,
        };
      }
      case 'ServiceTaskAccepted':
        return (
          doc && {
            ...doc,
            status: 'in-progress',
            dueOn: event.data.dueOn,
            acceptedAt: event.recordedAt,
            urgency: event.data.urgency,
            ...touched,
          }
        );
      case 'ServiceTaskProgressRecorded':
        return (
          doc && {
            ...doc,
            progress: [...doc.progress, { note: event.data.note, at: event.occurredAt }],
            ...touched,
          }
        );
      case 'ServiceTaskCompleted':
        return (
          doc && {
            ...doc,
            status: 'completed',
            outcome: event.data.outcome,
            beneficiaries: event.data.beneficiaries,
            completedOn: event.data.completedOn,
            escalated: false,
            ...touched,
          }
        );
      case 'ServiceTaskEvaluated': {
        const { rating, raters, comment, satisfied, method } = event.data;
        return (
          doc && {
            ...doc,
            status: 'evaluated',
            evaluations: [
              ...doc.evaluations,
              { rating, raters, comment, satisfied, method, at: event.recordedAt },
            ],
            ...touched,
          }
        );
      }
      case 'ServiceTaskRatingOpened':
        return (
          doc && {
            ...doc,
            rating: {
              status: 'open',
              openedAt: event.recordedAt,
              closesAt: event.data.closesAt,
              codes: event.data.codeHashes.length,
              ballots: 0,
              closedAt: null,
              atDeadline: null,
            },
            ...touched,
          }
        );
      case 'ServiceTaskBallotCast':
        return (
          doc && {
            ...doc,
            rating: doc.rating && { ...doc.rating, ballots: doc.rating.ballots + 1 },
            ...touched,
          }
        );
      case 'ServiceTaskRatingClosed':
        return (
          doc && {
            ...doc,
            rating: doc.rating && {
              ...doc.rating,
              status: 'closed',
              closedAt: event.recordedAt,
              atDeadline: event.data.atDeadline,
            },
            ...touched,
          }
        );
      case 'ServiceTaskReopened':
        return doc && { ...doc, status: 'in-progress', ...touched };
      case 'ServiceTaskCancelled':
        return (
          doc && {
            ...doc,
            status: 'cancelled',
            cancelReason: event.data.reason,
            escalated: false,
            ...touched,
          }
        );
      case 'ServiceTaskEscalated':
        return doc && { ...doc, escalated: true, escalationReason: event.data.reason, ...touched };
      default:
        return doc && { ...doc, ...touched };
    }
  },
};
