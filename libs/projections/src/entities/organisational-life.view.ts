import { idInStream, isEventOfStream, type EnvelopeOf } from '@pb/contracts';
import type { LifeRecord, OrganisationalLifeEvent } from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';
import { quarterOf, type Quarter } from '../yearly-life/life-period.rules';

export type OrganisationalLifeStatus = 'recorded' | 'corrected' | 'withdrawn';

/** One change to a record; a correction keeps what the record said before it. */
export interface LifeRecordChange {
  readonly change: OrganisationalLifeStatus;
  readonly reason: string | null;
  readonly at: string;
  readonly before: LifeRecord | null;
}

/**
 * One meeting of organisational life (三会一课, 主题党日) as last corrected, with its
 * history. `year` and `quarter` are those of `heldOn`, kept so that lists filter on them.
 */
export interface OrganisationalLifeView extends EntityDocument, LifeRecord {
  readonly recordId: string;
  readonly societyId: string;
  readonly year: number;
  readonly quarter: Quarter;
  readonly status: OrganisationalLifeStatus;
  readonly withdrawn: boolean;
  /** The reason of the last correction or the withdrawal; null while as recorded. */
  readonly reason: string | null;
  readonly corrections: number;
  readonly history: readonly LifeRecordChange[];
  readonly version: number;
  readonly recordedAt: string;
  readonly updatedAt: string;
}

type LifeEnvelope = EnvelopeOf<OrganisationalLifeEvent>;

function recordOf(data: LifeRecord): LifeRecord {
  const { kind, heldOn, topic, host, present, expected, evidence } = data;
  return { kind, heldOn, topic, host, present, expected, evidence };
}

const datedBy = (heldOn: string) => {
  const { year, quarter } = quarterOf(heldOn);
  return { year, quarter };
};

export const organisationalLifeProjection: EntityProjection<OrganisationalLifeView, LifeEnvelope> =
  {
    spec: {
      name: 'organisational_life',
      indexes: ['societyId', 'heldOn', 'year'],
      lookups: ['societyId'],
    },
    handles: isEventOfStream<OrganisationalLifeEvent>('organisational-life'),
    documentId: (event) => idInStream(event.streamId),
    apply(doc, event) {
      const touched = { version: event.seq, updatedAt: event.recordedAt };
      switch (event.type) {
        case 'OrganisationalLifeRecorded': {
          const record = recordOf(event.data);
          return {
            _id: event.data.recordId,
            recordId: event.data.recordId,
            societyId: event.data.societyId,
            ...record,
            ...datedBy(record.heldOn),
            status: 'recorded',
            withdrawn: false,
            reason: null,
            corrections: 0,
            history: [{ change: 'recorded', reason: null, at: event.recordedAt, before: null }],
            recordedAt: event.recordedAt,
            ...touched,
          };
        }
        case 'OrganisationalLifeCorrected': {
          if (!doc) return doc;
          const record = recordOf(event.data);
          const { reason } = event.data;
          const change: LifeRecordChange = {
            change: 'corrected',
            reason,
            at: event.recordedAt,
            before: recordOf(doc),
          };
          return {
            ...doc,
            ...record,
            ...datedBy(record.heldOn),
            status: 'corrected',
            reason,
            corrections: doc.corrections + 1,
            history: [...doc.history, change],
            ...touched,
          };
        }
        case 'OrganisationalLifeWithdrawn': {
          if (!doc) return doc;
          const { reason } = event.data;
          const change: LifeRecordChange = {
            change: 'withdrawn',
            reason,
            at: event.recordedAt,
            before: null,
          };
          return {
            ...doc,
            status: 'withdrawn',
            withdrawn: true,
            reason,
            history: [...doc.history, change],
            ...touched,
          };
        }
        default:
          return doc && { ...doc, ...touched };
      }
    },
  };
