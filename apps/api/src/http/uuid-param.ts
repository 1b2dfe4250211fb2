import { ParseUUIDPipe } from '@nestjs/common';
import { RequestInvalid } from './request-invalid';

/** A path id that must be a UUID: 400 naming the parameter otherwise. */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new RequestInvalid([{ field: name, rule: 'isUuid', message: `${name} must be a UUID` }]),
  });
}
