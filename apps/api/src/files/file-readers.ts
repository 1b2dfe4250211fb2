import { Inject, Injectable } from '@nestjs/common';
import {
  evidenceReferenceProjection,
  ReadModelStore,
  type EvidenceReferenceView,
} from '@pb/projections';
import { FileStore } from '@pb/storage';
import { Access } from '../auth/access';
import type { Principal } from '../auth/principal';

/** Records naming one file read at most: a photo is named by a handful, not hundreds. */
const REFERENCES_READ = 50;

/**
 * Who may read an evidence file: admin and auditor any; its uploader before any record
 * names it; otherwise whoever may read a record that names it, by the same Access checks
 * as the record's own reads.
 */
@Injectable()
export class FileReaders {
  constructor(
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    private readonly files: FileStore,
    private readonly access: Access,
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

  private async mayReadRecord(caller: Principal, record: EvidenceReferenceView): Promise<boolean> {
    try {
      if (record.recordType === 'lecture')
        await this.access.lecture(caller, record.recordId, 'reader');
      else if (record.societyId !== null) await this.access.society(caller, record.societyId);
      else return false;
      return true;
    } catch {
      return false;
    }
  }
}
