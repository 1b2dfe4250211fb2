import { applyDecorators, HttpCode, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { COMMAND_HEADERS } from './command-headers';
import { ApiCommandProblems, type CommandProblems } from './api-problems';
import { CommandAnswer } from './command-answer.dto';

/** How a command route is documented: what it does, and the problems it may answer. */
export interface CommandRouteDoc extends CommandProblems {
  readonly summary: string;
  /** A command that creates a thing: answered 201 (with Location) instead of 200. */
  readonly creates?: boolean;
  /**
   * PUT for a command that replaces a whole resource named by its path (a year's table),
   * which always exists, if only as its default: answered 200. POST otherwise.
   */
  readonly replaces?: boolean;
}

/**
 * A route that runs a command: POST (PUT when it replaces), answered with the CommandAnswer
 * (200, or 201 for a command that creates a thing) and documented with the problems it may
 * answer.
 */
export function CommandRoute(doc: CommandRouteDoc): MethodDecorator;
export function CommandRoute(path: string, doc: CommandRouteDoc): MethodDecorator;
export function CommandRoute(
  ...args: [CommandRouteDoc] | [string, CommandRouteDoc]
): MethodDecorator {
  const [path, { summary, creates = false, replaces = false, ...problems }] =
    args.length === 1 ? [undefined, args[0]] : args;
  // The order of the decorators this replaces, bottom first: the OpenAPI document keeps its order.
  return applyDecorators(
    creates ? ApiCreatedResponse({ type: CommandAnswer }) : ApiOkResponse({ type: CommandAnswer }),
    ApiOperation({ summary }),
    HttpCode(creates ? 201 : 200),
    ApiCommandProblems(problems),
    ...COMMAND_HEADERS.map((header) => ApiHeader({ ...header, schema: { ...header.schema } })),
    replaces ? Put(path) : Post(path),
  );
}
