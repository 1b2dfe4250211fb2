import { ApiProperty } from '@nestjs/swagger';
import type { CommandOutcome } from '../application/command-context';

export class CommandAnswer implements CommandOutcome {
  @ApiProperty({ format: 'uuid', description: 'The id of the thing the command wrote' })
  id!: string;
  @ApiProperty({ example: 'society-6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10' })
  streamId!: string;
  @ApiProperty({
    description: 'The stream version after the command, also sent as ETag',
    example: 1,
  })
  version!: number;
  @ApiProperty({ type: [String], example: ['SocietyRegistered'] })
  events!: string[];
  @ApiProperty({
    description:
      'True when this repeats the answer to an earlier request with the same Idempotency-Key',
  })
  replayed!: boolean;
}
