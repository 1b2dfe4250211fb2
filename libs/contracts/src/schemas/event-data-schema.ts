/** A JSON Schema (draft-07) as a plain object. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The schema of one event type's `data` at one schema version. */
export interface EventDataSchema {
  readonly type: string;
  readonly version: number;
  /** The file, relative to libs/contracts/src/schemas. */
  readonly file: string;
  readonly schema: JsonSchema;
}

/** An entry of the registry; the file is named after the type and version. */
export function eventDataSchema(
  type: string,
  version: number,
  schema: JsonSchema,
): EventDataSchema {
  const kebab = type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return { type, version, file: `events/${kebab}.v${version}.schema.json`, schema };
}
