import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ENVELOPE_SCHEMA, EVENT_DATA_SCHEMAS, type JsonSchema } from './event-schemas';

/** One way an event breaks the contract, with where (a JSON pointer into the event). */
export interface ContractViolation {
  readonly path: string;
  readonly message: string;
}

/** A draft-07 validator with the formats the schemas use (uuid, date, date-time). */
export function schemaValidator(): Ajv {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true });
  addFormats(ajv);
  return ajv;
}

/**
 * Checks events, as stored or as published, against the contract: the envelope against
 * its schema, then `data` against the schema of the event's type and schemaVersion.
 * An event whose type and version the contract does not know is a violation.
 */
export class EventContract {
  private readonly envelope: ValidateFunction;
  private readonly data = new Map<string, ValidateFunction>();

  constructor(ajv: Ajv = schemaValidator()) {
    this.envelope = ajv.compile(ENVELOPE_SCHEMA);
    for (const { type, version, schema } of EVENT_DATA_SCHEMAS)
      this.data.set(key(type, version), ajv.compile(schema as JsonSchema));
  }

  /** Every violation of the event; [] when it keeps the contract. */
  check(event: unknown): ContractViolation[] {
    if (!this.envelope(event)) return violations(this.envelope.errors, '');
    const { type, schemaVersion, data } = event as {
      type: string;
      schemaVersion: number;
      data: unknown;
    };
    const validate = this.data.get(key(type, schemaVersion));
    if (!validate)
      return [{ path: '/type', message: `no schema for ${type} version ${schemaVersion}` }];
    return validate(data) ? [] : violations(validate.errors, '/data');
  }
}

function key(type: string, version: number): string {
  return `${type}@${version}`;
}

function violations(
  errors: readonly ErrorObject[] | null | undefined,
  prefix: string,
): ContractViolation[] {
  return (errors ?? []).map((error) => ({
    path: `${prefix}${error.instancePath}`,
    message:
      error.keyword === 'required' || error.keyword === 'additionalProperties'
        ? `${error.message} (${JSON.stringify(error.params)})`
        : (error.message ?? error.keyword),
  }));
}
