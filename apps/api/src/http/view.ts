import { ApiOkResponse } from '@nestjs/swagger';
import type { ViewDocument } from '@pb/projections';

/** A read-model document as clients see it: `id` first, without the projector's bookkeeping. */
export function publicView<T extends ViewDocument>(
  view: T,
  idField: keyof T & string,
): Record<string, unknown> {
  const {
    _id,
    _version: _v,
    _position: _p,
    [idField]: id,
    ...rest
  } = view as ViewDocument & Record<string, unknown>;
  return { id: id ?? _id, ...rest };
}

/**
 * The 200 answer of a read whose fields have no class of their own yet: an object, with
 * the id and version of what it shows, typed, when it has them.
 */
export const ApiView = (description: string) =>
  ApiOkResponse({
    description,
    schema: {
      type: 'object',
      properties: {
        id: { type: 'string', format: 'uuid' },
        version: { type: 'integer', description: 'The stream version (also the ETag)' },
      },
    },
  });
