import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@pb/domain';
import {
  evidenceReferenceProjection,
  ReadModelStore,
  type EvidenceReferenceView,
} from '@pb/projections';
import { FileStore } from '@pb/storage';
import { Access } from '../auth/access';
import type { Principal } from '../auth/principal';
import { InspectionAccess } from '../inspections/inspection-access';

/** Records naming one file read at most: a photo is named by a handful, not hundreds. */
const REFERENCES_READ = 50;

/**
 * Who may read an evidence file: admin and auditor any; its uploader before any record
 * names it; otherwise whoever may read a record that names it, by the same checks as the
 * record's own read route. A caller who may read none gets the answer of a missing file.
 */
@Injectable()
export class FileReaders {
  constructor(
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    private readonly files: FileStore,
    private readonly access: Access,
    private readonly inspections: InspectionAccess,
  ) {}

  async mayRead(caller: Principal, sha256: string): Promise<boolean> {
    if (caller.role === 'admin' || caller.role === 'auditor') return true;
    if (await this.files.uploadedBy(sha256, caller.sub)) return true;
    const references = await this.views.find<EvidenceReferenceView>(
      evidenceReferenceProjection.spec.name,
      { contains: { field: 'files', value: sha256 }, limit: REFERENCES_READ },
    );
    for (const record of references.items)
      if (await this.mayReadRecord(caller, record)) return true;
    return false;
  }

  /** The checks of the record's own read route (GET /lectures/{id} and the like). */
  private async mayReadRecord(caller: Principal, record: EvidenceReferenceView): Promise<boolean> {
    const { recordType, recordId, societyId, batchId } = record;
    try {
      if (recordType === 'lecture') await this.access.lecture(caller, recordId, 'reader');
      else if (recordType === 'society-inspection' && societyId && batchId)
        await this.inspections.reader(caller, batchId, societyId);
      else if (recordType === 'star-rating' && societyId) {
        // Any committee member reads ratings (they review them); a society its own.
        if (caller.role !== 'liaison') this.access.societyOnly(caller, societyId);
      } else if (recordType === 'organisational-life' && societyId) {
        // A society's own records, read by the society alone besides the office and auditors.
        if (caller.role !== 'society') return false;
        this.access.societyOnly(caller, societyId);
      } else return false;
      return true;
    } catch (error) {
      // Refused or gone: this record does not let the caller read; anything else is an outage.
      if (
        error instanceof DomainError &&
        (error.kind === 'forbidden' || error.kind === 'not-found')
      )
        return false;
      throw error;
    }
  }
}
