import { idInStream, isEventOfStream, type EnvelopeOf } from '@pb/contracts';
import type { DeliveryRecord, LectureEvent, LectureFormat, LectureStatus } from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';

export interface LectureView extends EntityDocument {
  readonly lectureId: string;
  readonly campaignId: string;
  readonly societyId: string;
  readonly lecturerId: string;
  readonly topic: string;
  readonly status: LectureStatus;
  readonly scheduledAt: string;
  readonly format: LectureFormat;
  readonly place: string | null;
  /** The latest delivery record: a revision replaces the figures, never adds to them. */
  readonly delivery: DeliveryRecord | null;
  /** Returned for more detail and not yet revised, with the reason. */
  readonly returnedFor: string | null;
  readonly cancelReason: string | null;
  readonly reschedules: number;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

function record(data: DeliveryRecord): DeliveryRecord {
  const { deliveredOn, partyMemberAudience, otherAudience, summary, evidence } = data;
  return { deliveredOn, partyMemberAudience, otherAudience, summary, evidence };
}

export const lectureProjection: EntityProjection<LectureView, EnvelopeOf<LectureEvent>> = {
  spec: {
    name: 'lectures',
    indexes: ['campaignId', 'societyId', 'lecturerId', 'status'],
    lookups: ['societyId', 'lecturerId'],
  },
  handles: isEventOfStream<LectureEvent>('lecture'),
  documentId: (event) => idInStream(event.streamId),
  apply(doc, event) {
    const touched = { version: event.seq, updatedAt: event.recordedAt };
    switch (event.type) {
      case 'LectureScheduled': {
        const { lectureId, campaignId, societyId, lecturerId, topic, scheduledAt, format, place } =
          event.data;
        return {
          _id: lectureId,
          lectureId,
          campaignId,
          societyId,
          lecturerId,
          topic,
          status: 'scheduled',
          scheduledAt,
          format,
          place,
          delivery: null,
          returnedFor: null,
          cancelReason: null,
          reschedules: 0,
          createdAt: event.recordedAt,
          ...touched,
        };
      }
      case 'LectureRescheduled':
        return (
          doc && {
            ...doc,
            scheduledAt: event.data.scheduledAt,
            format: event.data.format,
            place: event.data.place,
            reschedules: doc.reschedules + 1,
            ...touched,
          }
        );
      case 'LectureCancelled':
        return doc && { ...doc, status: 'cancelled', cancelReason: event.data.reason, ...touched };
      case 'LectureDelivered':
        return doc && { ...doc, status: 'delivered', delivery: record(event.data), ...touched };
      case 'LectureReturned':
        return doc && { ...doc, returnedFor: event.data.reason, ...touched };
      case 'LectureDeliveryRevised':
        return doc && { ...doc, delivery: record(event.data), returnedFor: null, ...touched };
      case 'LectureConfirmed':
        return doc && { ...doc, status: 'confirmed', returnedFor: null, ...touched };
      default:
        return doc && { ...doc, ...touched };
    }
  },
};
