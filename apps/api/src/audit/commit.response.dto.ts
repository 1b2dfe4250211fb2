import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One event of a commit, as it was stored: its envelope and its data at its schema version. */
export class CommitEventAnswer {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'LectureDelivered' }) type!: string;
  @ApiProperty({ type: 'integer' }) schemaVersion!: number;
  @ApiProperty({ example: 'lecture-6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10' }) streamId!: string;
  @ApiProperty({ type: 'integer' }) seq!: number;
  @ApiProperty({ type: 'integer', description: 'The event in its commit, from 0' }) index!: number;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ description: 'The token subject that did it' }) actor!: string;
  @ApiProperty() correlationId!: string;
  @ApiProperty() causationId!: string;
  @ApiProperty() federationId!: string;
  @ApiProperty() commandId!: string;
  @ApiProperty({ type: String, nullable: true }) societyId!: string | null;
  @ApiProperty({ type: [String] }) memberIds!: readonly string[];
  @ApiProperty({ type: String, nullable: true }) campaignId!: string | null;
  @ApiPropertyOptional() roundId?: string;
  @ApiPropertyOptional() batchId?: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      "The event's data as stored, in the shape its type and schemaVersion give it: the event's JSON Schema in the AsyncAPI document (/docs/asyncapi.yaml)",
  })
  data!: unknown;
}

/** One commit as stored: chained to the one before it by `prevHash`, sealed by `hash`. */
export class CommitAnswer {
  @ApiProperty({ example: 'lecture-6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10:0000000002' })
  id!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty({ type: 'integer', description: "The commit's place in its stream, from 1" })
  seq!: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the commit (hex)' })
  hash!: string;
  @ApiProperty({
    pattern: '^[0-9a-f]{64}$',
    description: "The hash of the stream's previous commit; 64 zeros for the first",
  })
  prevHash!: string;
  @ApiProperty() commandId!: string;
  @ApiProperty({ example: 'RecordLectureDelivery' }) commandType!: string;
  @ApiProperty() actor!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: [CommitEventAnswer] }) events!: readonly CommitEventAnswer[];
}
