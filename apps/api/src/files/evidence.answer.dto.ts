import { ApiProperty } from '@nestjs/swagger';

/** One piece of evidence a record names: a kept file, or a reference from before files were kept. */
export class EvidenceAnswer {
  @ApiProperty({
    type: 'string',
    nullable: true,
    pattern: '^[0-9a-f]{64}$',
    description:
      'SHA-256 of the kept file (GET /files/{sha256}); null for a reference recorded before files were kept',
  })
  sha256!: string | null;
  @ApiProperty({ example: '宣讲现场.jpg' })
  name!: string;
  @ApiProperty({
    type: 'string',
    nullable: true,
    enum: ['image/jpeg', 'image/png', 'image/heic', 'application/pdf'],
  })
  mediaType!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Bytes' })
  size!: number | null;
}
