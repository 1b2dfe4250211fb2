import { parseStreamId, referencedFiles, type EventEnvelope } from '@pb/contracts';
import type { EntityDocument, EntityProjection } from '../projection';

/** The records that name evidence files, one document per record (its stream). */
export interface EvidenceReferenceView extends EntityDocument {
  readonly streamId: string;
  /** The stream's type, e.g. `lecture`: which Access check decides who reads it. */
  readonly recordType: string;
  readonly recordId: string;
  readonly societyId: string | null;
  /** For a society's inspection: its batch, whose inspectors read it. */
  readonly batchId: string | null;
  /** Every file any event of the record ever named: an earlier version stays readable. */
  readonly files: readonly string[];
}

/**
 * Who may read a file follows from the records that name it: GET /files/{sha256} finds
 * them here (`contains` on `files`).
 */
export const evidenceReferenceProjection: EntityProjection<EvidenceReferenceView> = {
  spec: { name: 'evidence_references', indexes: ['societyId'] },
  handles: (event: EventEnvelope): event is EventEnvelope => referencedFiles(event).length > 0,
  documentId: (event) => event.streamId,
  apply(doc, event) {
    const named = referencedFiles(event).map((file) => file.sha256);
    const data = (event.data ?? {}) as { societyId?: unknown; batchId?: unknown };
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    const stream = parseStreamId(event.streamId);
    return {
      _id: event.streamId,
      streamId: event.streamId,
      recordType: stream?.type ?? '',
      recordId: stream?.id ?? event.streamId,
      societyId: text(data.societyId) ?? doc?.societyId ?? null,
      batchId: text(data.batchId) ?? doc?.batchId ?? null,
      files: [...new Set([...(doc?.files ?? []), ...named])],
    };
  },
};
