import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { isValidCreditCode } from '@pb/domain';

export type Json = Record<string, unknown>;

interface Example {
  readonly where: string;
  readonly schema: Json;
  readonly value: unknown;
}

const SCHEMA_KEYS = ['type', '$ref', 'properties', 'enum', 'format', 'items', 'allOf', 'oneOf'];
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every example of a document with the schema it illustrates: a schema's `example` or
 * `examples`, and a parameter's `example` with its `schema`. `$ref`s are made to point
 * into `documentId`, where the whole document is registered.
 */
function examplesOf(node: unknown, documentId: string, where = ''): Example[] {
  if (Array.isArray(node))
    return node.flatMap((item, i) => examplesOf(item, documentId, `${where}/${i}`));
  if (!isObject(node)) return [];
  const found: Example[] = [];
  const { example, examples, ...rest } = node;
  const schema = 'in' in node && isObject(node.schema) ? node.schema : rest;
  if ('in' in node || SCHEMA_KEYS.some((key) => key in node)) {
    const values = [
      ...(example === undefined ? [] : [example]),
      ...(Array.isArray(examples) ? examples : []),
    ];
    for (const value of values)
      found.push({ where, schema: pointInto(schema, documentId) as Json, value });
  }
  for (const [key, child] of Object.entries(node))
    if (key !== 'example' && key !== 'examples')
      found.push(...examplesOf(child, documentId, `${where}/${key}`));
  return found;
}

function pointInto(node: unknown, documentId: string): unknown {
  if (Array.isArray(node)) return node.map((item) => pointInto(item, documentId));
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? `${documentId}${value}`
        : pointInto(value, documentId),
    ]),
  );
}

/** Every credit code an example holds, wherever it sits. */
export function creditCodesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(creditCodesIn);
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'creditCode' && typeof child === 'string' ? [child] : creditCodesIn(child),
  );
}

/** What is wrong with the examples of a document: by its schema, then by the domain's checks. */
export function faultsOf(document: Json, documentId: string): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  ajv.addSchema(document, documentId);
  const examples = examplesOf(document, documentId);
  expect(examples.length).toBeGreaterThan(10);
  return examples.flatMap(({ where, schema, value }) => {
    const validate = ajv.compile(schema);
    const faults = validate(value) ? [] : [`${where}: ${ajv.errorsText(validate.errors)}`];
    for (const code of creditCodesIn(value))
      if (!isValidCreditCode(code.toUpperCase()))
        faults.push(`${where}: credit code ${code} fails its check character`);
    // A property's example also counts when the property is itself a credit code.
    if (where.endsWith('/creditCode') && typeof value === 'string' && !isValidCreditCode(value))
      faults.push(`${where}: credit code ${value} fails its check character`);
    return faults;
  });
}
