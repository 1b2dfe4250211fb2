import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  RequestBodyObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage } from 'class-validator';

/**
 * Text that is not blank: every text field goes through the domain's `requireText`, which
 * trims the white space of JavaScript's `\s` and refuses what is left empty. The class is
 * written out because `\s` differs between regex dialects (Python's, which generated
 * clients and test tools use, counts U+001C-U+001F and U+0085 but not U+FEFF).
 */
export const NOT_BLANK =
  '[^\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';

/** isISO8601 refuses the years 0000 to 0099, which JavaScript's Date reads as 1900 to 1999. */
const NOT_FIRST_CENTURY = '^(?!00)';

/** Patterns that say less than a field's own: they never replace one. */
const WEAK_PATTERNS = new Set([NOT_BLANK, NOT_FIRST_CENTURY]);

type Keywords = Partial<SchemaObject>;
/** A class, as class-validator keys its rules. */
export type Class = abstract new (...args: never[]) => unknown;
type Rule = ReturnType<
  ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']
>[number];

/** What each class-validator rule says in JSON Schema; rules not listed add nothing. */
const KEYWORDS: Record<string, (constraints: readonly unknown[]) => Keywords> = {
  maxLength: ([max]) => ({ maxLength: Number(max) }),
  minLength: ([min]) => ({ minLength: Number(min) }),
  isNotEmpty: () => ({ minLength: 1, pattern: NOT_BLANK }),
  matches: ([pattern]) => ({
    pattern: pattern instanceof RegExp ? pattern.source : String(pattern),
  }),
  isInt: () => ({ type: 'integer' }),
  min: ([min]) => ({ minimum: Number(min) }),
  max: ([max]) => ({ maximum: Number(max) }),
  isUuid: () => ({ format: 'uuid' }),
  isBoolean: () => ({ type: 'boolean' }),
  arrayMinSize: ([min]) => ({ minItems: Number(min) }),
  arrayMaxSize: ([max]) => ({ maxItems: Number(max) }),
  isIso8601: () => ({ pattern: NOT_FIRST_CENTURY }),
};

/** Keywords that only make sense on a text: isNotEmpty also applies to arrays and objects. */
const TEXT_ONLY = new Set(['minLength', 'maxLength', 'pattern']);

/**
 * Writes into the OpenAPI document what the validators of its request bodies enforce, so
 * that the document and the 400 answers agree for every DTO, including those added later:
 * lengths, patterns, integers and bounds, formats, list sizes, and no unknown fields
 * (the ValidationPipe refuses them). A component is matched to its class by name, as
 * @nestjs/swagger names them; `bodies` are the routes' body classes.
 */
export function describeValidation(document: OpenAPIObject, bodies: Iterable<Class> = []): void {
  const schemas = document.components?.schemas ?? {};
  // A class that only inherits its rules (PartialType of another) is listed by the routes.
  for (const target of new Set([...validatedClasses(), ...bodies])) {
    const schema = schemas[target.name] as SchemaObject | undefined;
    if (!schema?.properties) continue;
    schema.additionalProperties = false;
    for (const rule of rulesOf(target)) {
      const property = schema.properties[rule.propertyName] as SchemaObject | undefined;
      if (property && !('$ref' in property)) describeRule(property, rule);
    }
  }
  optionalBodies(document);
}

/** A body whose fields are all optional may be left out: the pipe reads no body as `{}`. */
function optionalBodies(document: OpenAPIObject): void {
  const schemas = document.components?.schemas ?? {};
  for (const item of Object.values(document.paths))
    for (const operation of Object.values(item) as { requestBody?: RequestBodyObject }[]) {
      const body = operation.requestBody;
      const ref = body?.content['application/json']?.schema;
      if (!body || !ref || !('$ref' in ref)) continue;
      const schema = schemas[ref.$ref.split('/').pop() ?? ''] as SchemaObject | undefined;
      if (schema?.properties && !schema.required?.length) body.required = false;
    }
}

/** Writes one class-validator rule into the schema of the property it checks. */
export function describeRule(property: SchemaObject, rule: Rule): void {
  const keywords = rule.name ? KEYWORDS[rule.name]?.(rule.constraints ?? []) : undefined;
  if (!keywords) return;
  const subject =
    rule.each && property.items && !('$ref' in property.items) ? property.items : property;
  for (const [keyword, value] of Object.entries(keywords)) {
    if (TEXT_ONLY.has(keyword) && subject.type !== 'string') continue;
    // None of the fields' own patterns matches a blank text or a year before 0100.
    if (keyword === 'pattern' && WEAK_PATTERNS.has(String(value)) && subject.pattern) continue;
    Object.assign(subject, { [keyword]: value });
  }
}

/** The class-validator rules of a class, its parents' included. */
export function rulesOf(target: Class): Rule[] {
  return getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
}

/** Every class that carries class-validator rules. */
function validatedClasses(): Class[] {
  // The storage keeps its map private and offers no listing; this reads it by name.
  const byTarget = getMetadataStorage()['validationMetadatas'] as Map<Class | string, unknown>;
  return [...byTarget.keys()].filter((target): target is Class => typeof target === 'function');
}
