import { applyDecorators } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';

/** One field at fault in a problem answer. */
export class FieldProblemDocument {
  @ApiProperty({ example: 'name' })
  field!: string;
  @ApiProperty({ example: 'maxLength', description: 'The rule or the stable code it broke' })
  rule!: string;
  @ApiProperty({ example: 'name must be at most 100 characters' })
  message!: string;
}

/** The RFC 9457 problem body of every error answer (application/problem+json). */
export class ProblemDocument {
  @ApiProperty({ example: '/problems/society-not-found' })
  type!: string;
  @ApiProperty({ example: 'Not Found' })
  title!: string;
  @ApiProperty({ example: 404 })
  status!: number;
  @ApiProperty({ example: 'SOCIETY.NOT_FOUND', description: 'Stable: clients branch on it' })
  code!: string;
  @ApiProperty({ example: 'society 6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10 does not exist' })
  detail!: string;
  @ApiPropertyOptional({ example: '/societies/6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10' })
  instance?: string;
  @ApiPropertyOptional({ example: 'name', description: 'The first field at fault' })
  field?: string;
  @ApiPropertyOptional({ type: [FieldProblemDocument] })
  errors?: FieldProblemDocument[];
}

/** The error answers the api documents; every one is a problem document. */
export type ProblemStatus =
  400 | 401 | 403 | 404 | 409 | 410 | 412 | 413 | 415 | 422 | 423 | 429 | 431 | 503;

const USUAL: Record<ProblemStatus, string> = {
  400: 'REQUEST.INVALID (or REQUEST.MALFORMED, REQUEST.CURSOR_INVALID): bad input; `field` and `errors` name the fields and the rules',
  401: 'AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.CLAIMS_INVALID: no bearer token, or one that does not verify',
  403: 'AUTH.FORBIDDEN: the role, scope or owner may not do this',
  404: 'Not found',
  409: 'STREAM.CONCURRENT_WRITE: another write reached the same version first; read and retry',
  410: 'Gone: a one-time link was used, has expired or was replaced',
  431: 'REQUEST.HEADERS_TOO_LARGE: the request line (with its query) or the headers are over the server limit',
  423: 'AUTH.ACCOUNT_LOCKED: too many failed sign-ins in a row; see retryAfterSeconds and Retry-After',
  412: 'STREAM.VERSION_MISMATCH: If-Match names a version the stream has moved on from',
  413: 'REQUEST.TOO_LARGE: a JSON body over 1 MiB',
  415: 'FILE.TYPE_UNSUPPORTED: an upload whose bytes are none of the kinds accepted',
  422: 'A broken rule or an illegal change of state',
  429: 'REQUEST.TOO_MANY: more than RATE_LIMIT_PER_MINUTE requests a minute from this caller; see Retry-After',
  503: 'STORE.UNAVAILABLE: the store or the broker cannot be reached; API.OVERLOADED: more commands at once than MAX_COMMANDS_IN_FLIGHT; retry after Retry-After',
};

/**
 * Documents error answers with the problem+json schema. `true` takes the usual
 * description of the status; text replaces it (name the codes the route may answer).
 */
export function ApiProblems(
  problems: Partial<Record<ProblemStatus, true | string>>,
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDocument),
    ...Object.entries(problems).map(([status, text]) =>
      ApiResponse({
        status: Number(status),
        description: text === true ? USUAL[Number(status) as ProblemStatus] : text,
        content: {
          'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDocument) } },
        },
      }),
    ),
  );
}

/** A controller whose routes need a bearer token: 401, 403, 429 and 503 on every one. */
export function ApiGuarded(): ClassDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    ApiProblems({ 401: true, 403: true, 429: true, 503: true }),
  );
}

/** The codes a command may answer besides the usual ones. */
export interface CommandProblems {
  /** 404: the codes of the things the command names that may not exist. */
  readonly notFound?: string;
  /** 409: duplicates, besides a concurrent write. */
  readonly conflict?: string;
  /** 422: the rules the command may break. */
  readonly rule?: string;
  /** 413 text, for a body other than JSON (an upload). */
  readonly tooLarge?: string;
  /** false for a command without a body: no 413. */
  readonly body?: boolean;
}

const KEY_REUSED =
  'IDEMPOTENCY.KEY_REUSED: the Idempotency-Key was first used for a different request (another body, route or method)';

/**
 * A command (POST): 400 (body, path id, If-Match or Idempotency-Key), 404 when it names
 * something, 409, 412, 413 when it has a body, and 422 for its rules and for an
 * Idempotency-Key sent again with another request.
 */
export function ApiCommandProblems(codes: CommandProblems = {}): MethodDecorator {
  return ApiProblems({
    400: true,
    ...(codes.notFound && { 404: `${codes.notFound}: not found` }),
    409: codes.conflict ? `${codes.conflict}, or ${USUAL[409]}` : true,
    412: true,
    ...(codes.body !== false && { 413: codes.tooLarge ?? true }),
    422: codes.rule
      ? `${codes.rule}: a broken rule or an illegal change of state; or ${KEY_REUSED}`
      : KEY_REUSED,
  });
}

/** A read (GET) with a path id or query: 400 for a bad id or query, 404 when the id names nothing. */
export function ApiReadProblems(notFound?: string): MethodDecorator {
  return ApiProblems({ 400: true, ...(notFound && { 404: `${notFound}: not found` }) });
}
