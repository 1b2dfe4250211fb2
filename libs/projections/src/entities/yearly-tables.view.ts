import { isEventOfStream, type EnvelopeOf } from '@pb/contracts';
import type {
  LifeRequirementsEvent,
  LifeRequirementTable,
  VitalityWeights,
  VitalityWeightsEvent,
} from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';

/*
 * The tables the office sets per year. A year's document exists only once a table was set
 * for it; readers fall back to the domain's defaults (DEFAULT_LIFE_REQUIREMENTS,
 * DEFAULT_VITALITY_WEIGHTS) for a year without one. The document id is the year.
 */

interface YearlyDocument extends EntityDocument {
  readonly year: number;
  readonly version: number;
  readonly setAt: string;
  readonly updatedAt: string;
}

export interface LifeRequirementsView extends YearlyDocument, LifeRequirementTable {}

export interface VitalityWeightsView extends YearlyDocument {
  readonly weights: VitalityWeights;
}

/** The fields every yearly table carries, the first time set and the last. */
function yearly(
  doc: YearlyDocument | null,
  event: { readonly seq: number; readonly recordedAt: string; readonly data: { year: number } },
) {
  return {
    _id: String(event.data.year),
    year: event.data.year,
    version: event.seq,
    setAt: doc?.setAt ?? event.recordedAt,
    updatedAt: event.recordedAt,
  };
}

export const lifeRequirementsProjection: EntityProjection<
  LifeRequirementsView,
  EnvelopeOf<LifeRequirementsEvent>
> = {
  spec: { name: 'life_requirements', indexes: [] },
  handles: isEventOfStream<LifeRequirementsEvent>('life-requirements'),
  documentId: (event) => String(event.data.year),
  apply(doc, event) {
    const { requirements, redListSize, blackListSize } = event.data;
    return { ...yearly(doc, event), requirements, redListSize, blackListSize };
  },
};

export const vitalityWeightsProjection: EntityProjection<
  VitalityWeightsView,
  EnvelopeOf<VitalityWeightsEvent>
> = {
  spec: { name: 'vitality_weights', indexes: [] },
  handles: isEventOfStream<VitalityWeightsEvent>('vitality-weights'),
  documentId: (event) => String(event.data.year),
  apply(doc, event) {
    return { ...yearly(doc, event), weights: event.data.weights };
  },
};
