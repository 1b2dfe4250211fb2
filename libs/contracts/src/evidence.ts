import type { EventEnvelope } from './envelope';

/** A file an event names: its hash, and the name the record gave it. */
export interface FileReference {
  readonly sha256: string;
  readonly name: string;
}

/** The event types whose data names evidence files, from schema version 2 on. */
export const EVIDENCE_EVENT_TYPES: readonly string[] = [
  'LectureDelivered',
  'LectureDeliveryRevised',
  'RectificationReported',
  'OrganisationalLifeRecorded',
  'OrganisationalLifeCorrected',
  'SelfAssessmentSubmitted',
];

function filesIn(list: unknown): FileReference[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const { sha256, name } = (entry ?? {}) as { sha256?: unknown; name?: unknown };
    return typeof sha256 === 'string' ? [{ sha256, name: String(name) }] : [];
  });
}

/**
 * The kept files an event names, as stored or upcast: `evidence`, or each self-assessed
 * item's. A version-1 event names none (its references were never files the system kept).
 * Read defensively: `verify` runs this over whatever the store holds.
 */
export function referencedFiles(event: EventEnvelope): FileReference[] {
  if (!EVIDENCE_EVENT_TYPES.includes(event.type)) return [];
  const data = (event.data ?? {}) as { evidence?: unknown; items?: unknown };
  if (event.type !== 'SelfAssessmentSubmitted') return filesIn(data.evidence);
  return Array.isArray(data.items)
    ? data.items.flatMap((item: unknown) => filesIn((item as { evidence?: unknown })?.evidence))
    : [];
}
