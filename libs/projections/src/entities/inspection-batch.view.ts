import { idInStream, isEventOfStream, type EnvelopeOf } from '@pb/contracts';
import type { InspectionBatchEvent, InspectionBatchStatus, InspectionDraw } from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';

/** What the draw recorded, as the event holds it (docs/inspection-draw.md), and when. */
export interface InspectionDrawView extends InspectionDraw {
  readonly drawnAt: string;
}

export interface InspectionBatchView extends EntityDocument {
  readonly batchId: string;
  readonly title: string;
  readonly focus: readonly string[];
  /** As recorded: the criterion as JSON (see parsePopulationCriterion), or words. */
  readonly populationCriterion: string;
  readonly inspectorIds: readonly string[];
  /** The size planned; the draw may have drawn another (draw.sampleSize). */
  readonly plannedSampleSize: number;
  readonly status: InspectionBatchStatus;
  readonly draw: InspectionDrawView | null;
  /** Societies the office added by name, not drawn, each with its reason. */
  readonly added: readonly { societyId: string; reason: string; addedAt: string }[];
  readonly closedAt: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const inspectionBatchProjection: EntityProjection<
  InspectionBatchView,
  EnvelopeOf<InspectionBatchEvent>
> = {
  spec: { name: 'inspection_batches', indexes: ['status'] },
  handles: isEventOfStream<InspectionBatchEvent>('inspection-batch'),
  documentId: (event) => idInStream(event.streamId),
  apply(doc, event) {
    const touched = { version: event.seq, updatedAt: event.recordedAt };
    switch (event.type) {
      case 'InspectionBatchPlanned': {
        const { batchId, title, focus, populationCriterion, inspectorIds, sampleSize } = event.data;
        return {
          _id: batchId,
          batchId,
          title,
          focus,
          populationCriterion,
          inspectorIds,
          plannedSampleSize: sampleSize,
          status: 'planned',
          draw: null,
          added: [],
          closedAt: null,
          createdAt: event.recordedAt,
          ...touched,
        };
      }
      case 'InspectionSampleDrawn': {
        const { population, sampleSize, seed, algorithm, societyIds } = event.data;
        const draw = { population, sampleSize, seed, algorithm, societyIds };
        return (
          doc && {
            ...doc,
            status: 'drawn',
            draw: { ...draw, drawnAt: event.recordedAt },
            ...touched,
          }
        );
      }
      case 'SocietyAddedToInspection': {
        const { societyId, reason } = event.data;
        const added = [...(doc?.added ?? []), { societyId, reason, addedAt: event.recordedAt }];
        return doc && { ...doc, added, ...touched };
      }
      case 'InspectionBatchClosed':
        return doc && { ...doc, status: 'closed', closedAt: event.recordedAt, ...touched };
      default:
        return doc && { ...doc, ...touched };
    }
  },
};
