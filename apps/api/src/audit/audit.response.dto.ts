import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One change as the audit trail shows it: who, when, what and why, and where it belongs. */
export class AuditEventAnswer {
  @ApiProperty({ description: 'The token subject that did it' }) who!: string;
  @ApiProperty({ format: 'date-time', description: 'When it was recorded' }) when!: string;
  @ApiProperty({ example: 'LectureDelivered', description: 'The event type' }) what!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The reason the command gave, when it gave one',
  })
  why!: string | null;
  @ApiProperty({ format: 'date-time', description: 'When it happened by its own account' })
  occurredAt!: string;
  @ApiProperty({ example: 'lecture-6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10' }) streamId!: string;
  @ApiProperty({ type: 'integer', description: 'The commit in its stream' }) seq!: number;
  @ApiProperty({ type: 'integer', description: 'The event in its commit' }) index!: number;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: 'integer' }) schemaVersion!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) societyId!: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) memberIds!: readonly string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) campaignId!: string | null;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only on the events of a star rating round or of a rating in one',
  })
  roundId?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only on the events of an inspection batch or of an inspection in one',
  })
  batchId?: string;
  @ApiProperty() correlationId!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      "The event's data as it was stored, in the shape its type and schemaVersion give it: the event's JSON Schema in the AsyncAPI document (/docs/asyncapi.yaml)",
  })
  data!: unknown;
}

class SealSeenAnswer {
  @ApiProperty({ format: 'uuid' }) sealId!: string;
  @ApiProperty({ format: 'date-time' }) sealedAt!: string;
  @ApiProperty({ description: 'The Merkle root of the sealed heads (hex)' }) root!: string;
  @ApiProperty({ type: 'integer', description: 'Streams the seal covers' }) streams!: number;
}

class FileProblemAnswer {
  @ApiProperty() name!: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) expectedSha256!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The hash of what is there now; null when nothing is',
  })
  actualSha256!: string | null;
}

class ChainProblemAnswer {
  @ApiProperty({
    enum: [
      'missing-commit',
      'missing-stream',
      'broken-link',
      'altered',
      'wrong-id',
      'out-of-order',
      'seal-heads-altered',
      'file-missing',
      'file-altered',
    ],
  })
  kind!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty({ type: 'integer', nullable: true }) seq!: number | null;
  @ApiProperty({ type: String, nullable: true }) commitId!: string | null;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({
    type: () => FileProblemAnswer,
    description: 'Only on file-missing and file-altered: the file as the event names it',
  })
  file?: FileProblemAnswer;
}

/** What a verification found: every chain and the latest seal checked. */
export class VerifyAnswer {
  @ApiProperty({ description: 'No problem found' }) ok!: boolean;
  @ApiProperty({ type: 'integer' }) streams!: number;
  @ApiProperty({ type: 'integer' }) commits!: number;
  @ApiProperty({ type: 'integer', description: 'The distinct evidence files the events name' })
  files!: number;
  @ApiProperty({
    type: SealSeenAnswer,
    nullable: true,
    description: 'The seal checked against; null before the first',
  })
  seal!: SealSeenAnswer | null;
  @ApiProperty({ type: [ChainProblemAnswer], description: 'By stream, then seq' })
  problems!: readonly ChainProblemAnswer[];
  @ApiProperty({ type: ChainProblemAnswer, nullable: true })
  firstProblem!: ChainProblemAnswer | null;
}

/** A seal just recorded: the heads' Merkle root and the commit that records it. */
export class SealAnswer {
  @ApiProperty({ format: 'uuid' }) sealId!: string;
  @ApiProperty({ description: 'The seal stream' }) streamId!: string;
  @ApiProperty({ type: 'integer' }) seq!: number;
  @ApiProperty() root!: string;
  @ApiProperty({ type: 'integer' }) streams!: number;
  @ApiProperty({ format: 'date-time' }) sealedAt!: string;
}
