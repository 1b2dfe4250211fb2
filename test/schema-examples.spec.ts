import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { isValidCreditCode } from '@pb/domain';
import { creditCodesIn, type Json } from './support/examples';

function jsonSchemaFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonSchemaFiles(path);
    return name.endsWith('.schema.json') ? [path] : [];
  });
}

/**
 * The examples of the OpenAPI document and of the JSON Schemas of the topics (the AsyncAPI
 * document bundles those schemas without their examples), by their schemas and by the
 * domain's own checks, such as a credit code's check character.
 */
/**
 * The examples of the JSON Schemas of the topics (the AsyncAPI document bundles those
 * schemas without their examples), by their schemas and by the domain's own checks, such
 * as a credit code's check character. The OpenAPI document's are in openapi.e2e-spec.ts.
 */
describe('the examples of the JSON Schemas', () => {
  it('are valid by their schema and by the domain', () => {
    const faults = jsonSchemaFiles(join(__dirname, '..', 'libs', 'contracts', 'src', 'schemas'))
      .filter((file) => readFileSync(file, 'utf8').includes('"examples"'))
      .flatMap((file) => {
        const schema = JSON.parse(readFileSync(file, 'utf8')) as Json;
        const ajv = new Ajv({ strict: false, allErrors: true });
        addFormats(ajv);
        const validate = ajv.compile(schema);
        const examples = (schema.examples as unknown[] | undefined) ?? [];
        expect(examples.length).toBeGreaterThan(0);
        return examples.flatMap((example, i) => [
          ...(validate(example) ? [] : [`${file} #${i}: ${ajv.errorsText(validate.errors)}`]),
          ...creditCodesIn(example)
            .filter((code) => !isValidCreditCode(code.toUpperCase()))
            .map((code) => `${file} #${i}: credit code ${code} fails its check character`),
        ]);
      });
    expect(faults).toEqual([]);
  });
});
