import type { ViewDocument } from '../read-model-store.port';

/** The one form `Date.prototype.toISOString` writes, years 0000 to 9999. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A value as MongoDB stores it: every string that is an instant in the exact form
 * `toISOString` writes becomes a BSON date, so BI tools sort, range and group it as a
 * date. Only that form: it comes back as the same string, so readers of the port see
 * what was written. Other strings (dates without a time, free text) stay strings.
 */
export function toBsonValue<T>(value: T): T | Date {
  if (typeof value === 'string' && INSTANT.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime()) && date.toISOString() === value) return date;
  }
  return value;
}

/** A document with its instants as BSON dates, at any depth. */
export function toBson(doc: ViewDocument): ViewDocument {
  return deep(doc, toBsonValue) as ViewDocument;
}

/** A stored document with its BSON dates as the ISO strings they were written as. */
export function fromBson(doc: ViewDocument): ViewDocument {
  return deep(doc, (value) =>
    value instanceof Date ? value.toISOString() : value,
  ) as ViewDocument;
}

function deep(value: unknown, convert: (value: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => deep(item, convert));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) copy[key] = deep(field, convert);
    return copy;
  }
  return convert(value);
}
