import { ValidationPipe } from '@nestjs/common';
import { flattenValidationErrors, RequestInvalid } from './request-invalid';

/** Every body and query is validated and stripped to its declared fields; unknown fields are refused. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestInvalid(flattenValidationErrors(errors)),
  });
}
