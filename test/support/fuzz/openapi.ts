/** The parts of an OpenAPI 3 document the fuzzer reads. */
export interface Schema {
  $ref?: string;
  /** A `$ref` with a description or an example of its own is written `allOf: [{ $ref }]`. */
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  example?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** One method on one path, its `$ref`s resolved. */
export interface Operation {
  /** As the document names it, e.g. `POST /lectures/{id}/delivery`. */
  readonly route: string;
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly Parameter[];
  /** The body's media type and schema, or null for an operation without a body. */
  readonly body: { readonly mediaType: string; readonly schema: Schema } | null;
}

/** Replaces every `$ref` into components.schemas by the schema it names (the DTOs hold no cycles). */
export function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  if (schema.allOf) {
    const { allOf, ...own } = schema;
    return allOf.reduce<Schema>((merged, part) => ({ ...merged, ...resolve(doc, part) }), own);
  }
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
    return resolve(doc, target);
  }
  return {
    ...schema,
    ...(schema.properties && {
      properties: Object.fromEntries(
        Object.entries(schema.properties).map(([key, value]) => [key, resolve(doc, value)]),
      ),
    }),
    ...(schema.items && { items: resolve(doc, schema.items) }),
  };
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, raw]) => {
      const [mediaType, content] = Object.entries(raw.requestBody?.content ?? {})[0] ?? [];
      return {
        route: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: (raw.parameters ?? []).map((p) => ({
          ...p,
          schema: resolve(doc, p.schema ?? {}),
        })),
        body: mediaType && content ? { mediaType, schema: resolve(doc, content.schema) } : null,
      };
    }),
  );
}
