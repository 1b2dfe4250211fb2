import Ajv from 'ajv';
import addFormats from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * OpenAPI 3.0's `nullable` as JSON Schema says it: the value, or null. Written as
 * Schemathesis reads it, so that a nullable object given by `allOf` of a component (as
 * @nestjs/swagger writes one) admits null too.
 */
function withNulls(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(withNulls);
  if (schema === null || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema;
  const inner = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, withNulls(value)]),
  );
  return nullable === true ? { anyOf: [inner, { type: 'null' }] } : inner;
}

/**
 * Checks what the api answered to a GET against the 200 schema the OpenAPI document gives
 * its route: the errors, as Ajv words them (none when it conforms).
 */
export function openApiAnswerChecker(document: {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Json }> }>>;
  components: Json;
}) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // The components keep their own `#/components/…` references: they sit where those point.
  ajv.addSchema({ components: withNulls(document.components) }, 'document');
  return (route: string, answer: unknown): string[] => {
    const content = document.paths[route]?.get?.responses['200']?.content as
      Record<string, { schema: Json }> | undefined;
    const schema = content?.['application/json']?.schema;
    if (schema === undefined) return [`${route}: no JSON schema for 200`];
    const refs = JSON.stringify(withNulls(schema)).replaceAll(
      '"#/components/',
      '"document#/components/',
    );
    const validate = ajv.compile(JSON.parse(refs) as object);
    if (validate(answer)) return [];
    return (validate.errors ?? []).map((e) => `${route}${e.instancePath} ${e.message}`);
  };
}
