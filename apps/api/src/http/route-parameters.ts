import { ParseUUIDPipe, type INestApplication } from '@nestjs/common';
import { PARAMTYPES_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type {
  OpenAPIObject,
  ParameterObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { describeRule, rulesOf, type Class } from './validation-schema';

interface RouteArgument {
  readonly index: number;
  readonly data?: unknown;
  readonly pipes?: readonly unknown[];
}

type Describe = (schema: SchemaObject) => void;

const UUID: Describe = (schema) => Object.assign(schema, { type: 'string', format: 'uuid' });

/**
 * Writes into the parameters of every route what their validation enforces:
 * `format: uuid` on the path ids `uuidParam` checks, and the class-validator rules of
 * a `@Query()` DTO on its query parameters. @nestjs/swagger documents a parameter's
 * name and type but neither pipes nor rules. Operations are matched by their default
 * operationId, `<Controller>_<method>`. Returns the classes of the routes' bodies.
 */
export function describeParameters(app: INestApplication, document: OpenAPIObject): Set<Class> {
  const bodies = new Set<Class>();
  const described = new Map<string, Describe[]>();
  const add = (key: string, describe: Describe) =>
    described.set(key, [...(described.get(key) ?? []), describe]);
  for (const module of app.get(ModulesContainer).values())
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      for (const method of Object.getOwnPropertyNames(metatype.prototype)) {
        const operation = `${metatype.name}_${method}`;
        const args: Record<string, RouteArgument> =
          Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, method) ?? {};
        const types: (Class | undefined)[] =
          Reflect.getMetadata(PARAMTYPES_METADATA, metatype.prototype, method) ?? [];
        for (const [key, arg] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          if (kind === RouteParamtypes.PARAM && arg.pipes?.some((p) => p instanceof ParseUUIDPipe))
            add(`${operation} path ${String(arg.data)}`, UUID);
          const dto = types[arg.index];
          if (kind === RouteParamtypes.BODY && dto) bodies.add(dto);
          if (kind === RouteParamtypes.QUERY && arg.data === undefined && dto)
            for (const rule of rulesOf(dto))
              add(`${operation} query ${rule.propertyName}`, (schema) =>
                describeRule(schema, rule),
              );
        }
      }
    }
  for (const item of Object.values(document.paths))
    for (const operation of Object.values(item) as {
      operationId?: string;
      parameters?: ParameterObject[];
    }[])
      for (const parameter of operation.parameters ?? []) {
        const describers = described.get(
          `${operation.operationId} ${parameter.in} ${parameter.name}`,
        );
        if (!describers || (parameter.schema && '$ref' in parameter.schema)) continue;
        const schema: SchemaObject = { ...parameter.schema };
        for (const describe of describers) describe(schema);
        parameter.schema = schema;
      }
  return bodies;
}
