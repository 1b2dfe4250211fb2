/** One organisational-life record as the pages read it, and the request its fields make. */
import type { Evidence, StoredFile } from '../../lectures';
import { numberOf, type LifeKind } from './yearly';

/** The fields as typed in the form: numbers stay text until sent. */
export interface LifeFields {
  kind: string;
  heldOn: string;
  topic: string;
  host: string;
  /** Vue gives the number of a number input, or '' while it is empty. */
  present: string | number;
  expected: string | number;
  /** Files uploaded for the record (POST /files); earlier references without a file stay out. */
  evidence: StoredFile[];
}

export interface LifeRecord {
  readonly id: string;
  readonly kind: LifeKind;
  readonly heldOn: string;
  readonly topic: string;
  readonly host: string;
  readonly present: number;
  readonly expected: number;
  readonly evidence: readonly Evidence[];
  readonly year: number;
  readonly quarter: number;
  readonly status: 'recorded' | 'corrected' | 'withdrawn';
  readonly withdrawn: boolean;
  readonly reason: string | null;
  readonly corrections: number;
  readonly history: readonly {
    readonly change: 'recorded' | 'corrected' | 'withdrawn';
    readonly reason: string | null;
    readonly at: string;
  }[];
  readonly version: number;
}

/** The names of the fields the API may name, for the form to show each at its place. */
export const LIFE_FIELDS = [
  'kind',
  'heldOn',
  'topic',
  'host',
  'present',
  'expected',
  'evidence',
] as const;

export function emptyFields(): LifeFields {
  return { kind: '', heldOn: '', topic: '', host: '', present: '', expected: '', evidence: [] };
}

export function fieldsOf(record: LifeRecord): LifeFields {
  return {
    kind: record.kind,
    heldOn: record.heldOn,
    topic: record.topic,
    host: record.host,
    present: String(record.present),
    expected: String(record.expected),
    evidence: record.evidence.filter((e): e is StoredFile => e.sha256 !== null),
  };
}

export function requestOf(fields: LifeFields) {
  return {
    kind: fields.kind,
    heldOn: fields.heldOn,
    topic: fields.topic.trim(),
    host: fields.host.trim(),
    present: numberOf(fields.present),
    expected: numberOf(fields.expected),
    evidence: fields.evidence.map(({ sha256, name }) => ({ sha256, name })),
  };
}

export const CHANGES = { recorded: '记录', corrected: '更正', withdrawn: '撤回' } as const;
