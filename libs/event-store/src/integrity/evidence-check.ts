import { referencedFiles } from '@pb/contracts';
import type { FileStore } from '@pb/storage';
import { commitId, type StoredCommit } from '../commit';
import type { Problem } from './problems';

/** What `verify` needs of the file store: one file's bytes against its name. */
export type FileChecker = Pick<FileStore, 'check'>;

interface Reference {
  readonly streamId: string;
  readonly seq: number;
  readonly eventType: string;
  readonly eventId: string;
  readonly name: string;
  readonly sha256: string;
}

/**
 * Collects the files the events name as the scan passes, then checks each file once:
 * every event naming a file that is gone or holds other bytes is a problem of its own,
 * naming the event, the record, the file and both hashes.
 */
export class EvidenceCheck {
  private readonly references: Reference[] = [];

  visit(commit: StoredCommit): void {
    for (const event of commit.events)
      for (const file of referencedFiles(event))
        this.references.push({
          streamId: commit.streamId,
          seq: commit.seq,
          eventType: event.type,
          eventId: event.eventId,
          ...file,
        });
  }

  get files(): number {
    return new Set(this.references.map((reference) => reference.sha256)).size;
  }

  async problems(files: FileChecker): Promise<Problem[]> {
    const checks = new Map<string, Awaited<ReturnType<FileChecker['check']>>>();
    const problems: Problem[] = [];
    for (const reference of this.references) {
      const { sha256, streamId, seq } = reference;
      if (!checks.has(sha256)) checks.set(sha256, await files.check(sha256));
      const check = checks.get(sha256)!;
      if (check.status === 'intact') continue;
      const what = `${reference.eventType} ${reference.eventId} of ${streamId} names file "${reference.name}" (sha256 ${sha256})`;
      problems.push({
        kind: check.status === 'missing' ? 'file-missing' : 'file-altered',
        streamId,
        seq,
        commitId: commitId(streamId, seq),
        message:
          check.status === 'missing'
            ? `${what}, which the file store no longer holds`
            : `${what}, whose bytes now hash to ${check.actualSha256}`,
        file: {
          name: reference.name,
          expectedSha256: sha256,
          actualSha256: check.status === 'missing' ? null : check.actualSha256,
        },
      });
    }
    return problems;
  }
}
