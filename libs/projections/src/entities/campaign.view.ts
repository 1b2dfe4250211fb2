import { idInStream, isEventOfStream, isEventOfType, type EnvelopeOf } from '@pb/contracts';
import {
  issuanceAfterAmendment,
  type CampaignEvent,
  type CampaignIssuance,
  type CampaignStatus,
  type CampaignTargets,
} from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';

/**
 * A campaign as its stream tells it, with the directive's 发文单位, 发文日期 and 文号. A document
 * projected before those were kept lacks them until the read models are rebuilt.
 */
export interface CampaignView extends EntityDocument, CampaignIssuance {
  readonly campaignId: string;
  readonly title: string;
  readonly description: string | null;
  readonly status: CampaignStatus;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly targets: CampaignTargets | null;
  readonly launchedAt: string | null;
  readonly closedAt: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One row of a campaign's assignment table: a society and its liaison. */
export interface AssignmentView extends EntityDocument {
  readonly campaignId: string;
  readonly societyId: string;
  /** The current liaison; null once withdrawn. */
  readonly liaisonId: string | null;
  readonly status: 'assigned' | 'withdrawn';
  /** Earlier liaisons with the reason of each move, oldest first. */
  readonly history: readonly { liaisonId: string; until: string; reason: string }[];
  readonly assignedAt: string;
  readonly updatedAt: string;
}

type AssignmentEvent = Extract<
  CampaignEvent,
  { type: 'SocietyAssigned' | 'SocietyReassigned' | 'AssignmentWithdrawn' }
>;
type CampaignEnvelope = EnvelopeOf<CampaignEvent>;
type AssignmentEnvelope = EnvelopeOf<AssignmentEvent>;
type LiaisonLeaving = EnvelopeOf<
  Extract<AssignmentEvent, { type: 'SocietyReassigned' | 'AssignmentWithdrawn' }>
>;

const isCampaignEvent = isEventOfStream<CampaignEvent>('campaign');
const isAssignmentEvent = isEventOfType<AssignmentEvent>([
  'SocietyAssigned',
  'SocietyReassigned',
  'AssignmentWithdrawn',
]);

export const campaignProjection: EntityProjection<CampaignView, CampaignEnvelope> = {
  spec: { name: 'campaigns', indexes: ['status', 'title'] },
  handles: (event): event is CampaignEnvelope =>
    isCampaignEvent(event) && !isAssignmentEvent(event),
  documentId: (event) => idInStream(event.streamId),
  apply(doc, event) {
    const touched = { version: event.seq, updatedAt: event.recordedAt };
    switch (event.type) {
      case 'CampaignDrafted':
        return {
          _id: event.data.campaignId,
          campaignId: event.data.campaignId,
          title: event.data.title,
          description: event.data.description,
          status: 'draft',
          startsOn: event.data.startsOn,
          endsOn: event.data.endsOn,
          targets: null,
          issuedBy: event.data.issuedBy,
          issuedOn: event.data.issuedOn,
          documentNumber: event.data.documentNumber,
          launchedAt: null,
          closedAt: null,
          createdAt: event.recordedAt,
          ...touched,
        };
      case 'CampaignAmended':
        return (
          doc && {
            ...doc,
            title: event.data.title,
            description: event.data.description ?? doc.description,
            endsOn: event.data.endsOn,
            targets: event.data.targets,
            ...issuanceAfterAmendment(doc, event.data),
            ...touched,
          }
        );
      case 'CampaignLaunched':
        return (
          doc && {
            ...doc,
            status: 'launched',
            startsOn: event.data.startsOn,
            endsOn: event.data.endsOn,
            targets: event.data.targets,
            launchedAt: event.recordedAt,
            ...touched,
          }
        );
      case 'CampaignClosed':
        return doc && { ...doc, status: 'closed', closedAt: event.recordedAt, ...touched };
      default:
        return doc && { ...doc, ...touched };
    }
  },
};

/** The campaign's version also moves with its assignment events. */
export const campaignVersionProjection: EntityProjection<CampaignView, AssignmentEnvelope> = {
  spec: campaignProjection.spec,
  handles: (event): event is AssignmentEnvelope =>
    isCampaignEvent(event) && isAssignmentEvent(event),
  documentId: (event) => idInStream(event.streamId),
  apply: (doc, event) => doc && { ...doc, version: event.seq, updatedAt: event.recordedAt },
};

export function assignmentId(campaignId: string, societyId: string): string {
  return `${campaignId}:${societyId}`;
}

/** The outgoing liaison joins the history, with when and why they left. */
function liaisonLeft(
  doc: AssignmentView,
  event: LiaisonLeaving,
): Pick<AssignmentView, 'history' | 'updatedAt'> {
  const { previousLiaisonId, reason } = event.data;
  return {
    history: [...doc.history, { liaisonId: previousLiaisonId, until: event.recordedAt, reason }],
    updatedAt: event.recordedAt,
  };
}

export const assignmentProjection: EntityProjection<AssignmentView, AssignmentEnvelope> = {
  spec: {
    name: 'assignments',
    indexes: ['campaignId', 'societyId', 'liaisonId', 'status'],
    // Not campaignId: the report reads whole campaigns, which is a scan either way.
    lookups: ['societyId', 'liaisonId'],
  },
  handles: isAssignmentEvent,
  documentId: (event) => assignmentId(event.data.campaignId, event.data.societyId),
  apply(doc, event) {
    switch (event.type) {
      case 'SocietyAssigned':
        return {
          _id: assignmentId(event.data.campaignId, event.data.societyId),
          campaignId: event.data.campaignId,
          societyId: event.data.societyId,
          liaisonId: event.data.liaisonId,
          status: 'assigned',
          history: doc?.history ?? [],
          assignedAt: event.recordedAt,
          updatedAt: event.recordedAt,
        };
      case 'SocietyReassigned':
        return doc && { ...doc, liaisonId: event.data.liaisonId, ...liaisonLeft(doc, event) };
      case 'AssignmentWithdrawn':
        return doc && { ...doc, liaisonId: null, status: 'withdrawn', ...liaisonLeft(doc, event) };
      default:
        return doc;
    }
  },
};
