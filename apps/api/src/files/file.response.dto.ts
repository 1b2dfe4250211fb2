import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_MEDIA_TYPES } from '@pb/storage';

/** An uploaded file, as a record names it. */
export class StoredFileResponse {
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  sha256!: string;
  @ApiProperty({ example: '宣讲现场.jpg', description: 'The name sent with the upload, sanitised' })
  name!: string;
  @ApiProperty({ enum: EVIDENCE_MEDIA_TYPES, description: 'Read from the bytes, not the name' })
  mediaType!: string;
  @ApiProperty({ example: 48213, description: 'Bytes' })
  size!: number;
}
