import { ApiProperty } from '@nestjs/swagger';
import type { CommandOutcome } from '../application/command-context';

/** A target the command missed without being refused. */
export class CommandWarningAnswer {
  @ApiProperty({
    description:
      'A stable code: ASSIGNMENT.LIAISON_BELOW_TARGET or ASSIGNMENT.LIAISON_ABOVE_TARGET',
    example: 'ASSIGNMENT.LIAISON_ABOVE_TARGET',
  })
  code!: string;
  @ApiProperty({ example: 'liaison now has 11 societies, above the target of 8 to 10' })
  message!: string;
  @ApiProperty({ format: 'uuid', required: false, description: 'The liaison the warning is about' })
  liaisonId?: string;
  @ApiProperty({ required: false, example: 11, description: 'The societies the liaison now has' })
  societies?: number;
}

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
  @ApiProperty({
    type: [CommandWarningAnswer],
    required: false,
    description:
      'Targets the command missed without being refused (a liaison outside 8 to 10 societies); a replay repeats them',
  })
  warnings?: CommandWarningAnswer[];
}
