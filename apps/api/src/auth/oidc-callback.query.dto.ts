import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * What the provider sends back: a code and our state, or an error (the person declined),
 * and what providers add beside them (RFC 9207's `iss`, session management's
 * `session_state`, the granted `scope`), which are read by nobody but must not be refused.
 */
export class OidcCallbackQuery {
  @ApiPropertyOptional({ maxLength: 1024 })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  code?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  state?: string;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'The provider refused or the person declined',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  error?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  error_description?: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'The issuer (RFC 9207)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  iss?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  session_state?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  scope?: string;
}
