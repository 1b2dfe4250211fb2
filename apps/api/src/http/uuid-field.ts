import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

interface FieldDoc {
  readonly description?: string;
}

// Each applies its decorators bottom first, as they stood on the property.

/** A UUID in a request body: documented as one, 400 naming the field otherwise. */
export const UuidField = (doc: FieldDoc = {}) =>
  applyDecorators(IsUUID(), ApiProperty({ format: 'uuid', ...doc }));

/** An optional UUID in a request body, such as the id a client may choose for what it creates. */
export const OptionalUuidField = (doc: FieldDoc = {}) =>
  applyDecorators(IsUUID(), IsOptional(), ApiPropertyOptional({ format: 'uuid', ...doc }));
