import { Injectable } from '@nestjs/common';
import { InvalidInput, type EvidenceFile } from '@pb/domain';
import { FileStore, sanitiseFileName } from '@pb/storage';
import type { EvidenceRequest } from './evidence.request.dto';

/**
 * Turns the files a request names into what its event records: each looked up in the
 * file store, so that an event names only files that are there, with their true type and
 * size.
 */
@Injectable()
export class EvidenceFiles {
  constructor(private readonly files: FileStore) {}

  /** `field` is where the list sits in the request, e.g. `evidence` or `items[2].evidence`. */
  async resolve(
    field: string,
    requested: readonly EvidenceRequest[] | undefined,
  ): Promise<EvidenceFile[] | undefined> {
    if (requested === undefined) return undefined;
    return Promise.all(
      requested.map(async ({ sha256, name }, index) => {
        const stored = await this.files.describe(sha256);
        if (stored === null)
          throw new InvalidInput(
            `${field}[${index}].sha256`,
            'FILE.NOT_FOUND',
            `${field}[${index}].sha256 names no uploaded file: upload it with POST /files first`,
          );
        const { mediaType, size } = stored;
        return {
          sha256,
          name: name === undefined ? stored.name : sanitiseFileName(name),
          mediaType,
          size,
        };
      }),
    );
  }
}
