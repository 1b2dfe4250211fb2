import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EVIDENCE_NAME_MAX } from '@pb/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** One file a record names: uploaded before with POST /files. */
export class EvidenceRequest {
  @ApiProperty({
    pattern: '^[0-9a-f]{64}$',
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    description: 'The SHA-256 POST /files answered; a file never uploaded is 400 FILE.NOT_FOUND',
  })
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lowercase hex digits' })
  sha256!: string;

  @ApiPropertyOptional({
    example: '宣讲现场.jpg',
    maxLength: EVIDENCE_NAME_MAX,
    description: 'The name to record; the name of its first upload when left out',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(EVIDENCE_NAME_MAX)
  name?: string;
}

/** A list of evidence files, `min` to `max`, each an EvidenceRequest. */
export const EvidenceList = (description: string, max: number, min = 0) =>
  applyDecorators(
    ApiProperty({ type: [EvidenceRequest], minItems: min, maxItems: max, description }),
    IsArray(),
    ArrayMinSize(min),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(() => EvidenceRequest),
  );
