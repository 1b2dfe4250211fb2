import { DomainError } from '@pb/domain';
import { EVIDENCE_MEDIA_TYPES } from './media-type';

/** An upload past the size limit (EVIDENCE_MAX_BYTES); reading stopped at the limit. */
export class FileTooLarge extends DomainError {
  readonly kind = 'too-large' as const;
  constructor(maxBytes: number) {
    super('FILE.TOO_LARGE', `a file may hold at most ${maxBytes} bytes`, 'file');
  }
}

/** Bytes that are none of the kinds of evidence kept, whatever the file's name says. */
export class FileTypeUnsupported extends DomainError {
  readonly kind = 'unsupported-media' as const;
  constructor() {
    super(
      'FILE.TYPE_UNSUPPORTED',
      `the file is none of ${EVIDENCE_MEDIA_TYPES.join(', ')} (its content decides, not its name)`,
      'file',
    );
  }
}
