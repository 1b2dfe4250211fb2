/**
 * The year's tables the office sets: what organisational life each party organisation form
 * must hold (组织生活要求) and the weights of the vitality score (组织活力权重), as read,
 * as edited in the forms, and as sent.
 */
import { put } from '../../api';
import { numberOf, LIFE_KIND_CODES, LIFE_KINDS, type LifeKind } from '../society/yearly';
import { useOfficeForm } from './office-form';
import { PARTY_FORMS } from './office-words';

export const FORMS = ['committee', 'general-branch', 'branch', 'joint-branch'] as const;
export type Form = (typeof FORMS)[number];
export const FORM_NAMES = Object.fromEntries(
  FORMS.map((form) => [form, PARTY_FORMS[form]!]),
) as Record<Form, string>;

export const PERIODS: Record<string, string> = { month: '每月', quarter: '每季度' };

export interface Requirement {
  readonly kind: LifeKind;
  readonly per: string;
  readonly count: number;
}

/** A table as GET /life-requirements/{year} answers it (and as LifeRequirementsSet records it). */
export interface LifeTable {
  readonly requirements: Record<Form, readonly Requirement[]>;
  readonly redListSize: number;
  readonly blackListSize: number;
}

export const WEIGHT_NAMES = {
  lifeCompleteness: '组织生活完成率',
  attendance: '参会率',
  lectures: '宣讲',
  serviceTasks: '为民服务',
  rectifications: '按期整改',
  stars: '星级',
} as const;
export type WeightName = keyof typeof WEIGHT_NAMES;
export const WEIGHT_CODES = Object.keys(WEIGHT_NAMES) as WeightName[];
export type Weights = Record<WeightName, number>;

/** What a read of a year's table adds: whether it is the default, its version, when it was set. */
export interface InForce {
  readonly year: number;
  readonly isDefault: boolean;
  readonly version: number;
  readonly setAt: string | null;
}

/** How a cell of the table reads: 每月 1 次, or a dash when nothing is required. */
export function cellWords(table: LifeTable, form: Form, kind: LifeKind): string {
  const found = table.requirements[form].find((one) => one.kind === kind);
  return found ? `${PERIODS[found.per] ?? found.per} ${found.count} 次` : '—';
}

/** A whole table in words, as its history says it. */
export function tableWords(table: LifeTable): string {
  const forms = FORMS.map((form) => {
    const required = LIFE_KIND_CODES.filter((kind) => cellWords(table, form, kind) !== '—');
    const words = required.map((kind) => `${LIFE_KINDS[kind]}${cellWords(table, form, kind)}`);
    return `${FORM_NAMES[form]}：${words.join('、') || '不作要求'}`;
  });
  return `${forms.join('；')}；红榜 ${table.redListSize} 名，黑榜 ${table.blackListSize} 名`;
}

export const weightsWords = (weights: Weights): string =>
  WEIGHT_CODES.map((name) => `${WEIGHT_NAMES[name]} ${weights[name]}`).join('，');

/**
 * The form of a year's table (`/life-requirements/{year}` or `/vitality-weights/{year}`): the
 * whole table replaced, with the version read, saying `done` when saved.
 */
export function useYearTable(fields: readonly string[], done: string) {
  const form = useOfficeForm(fields);
  const save = (path: string, body: object, version: number) =>
    form.send(
      (key) => put<{ version: number }>(path, body, { version, idempotencyKey: key }),
      done,
    );
  return { ...form, save };
}

/** A cell as typed: no count (or 0) requires nothing of that kind. */
export interface Cell {
  count: string | number;
  per: string;
}
export type Cells = Record<Form, Record<LifeKind, Cell>>;

export function cellsOf(table: LifeTable): Cells {
  const cells = (form: Form) =>
    Object.fromEntries(
      LIFE_KIND_CODES.map((kind) => {
        const found = table.requirements[form].find((one) => one.kind === kind);
        return [kind, { count: found?.count ?? '', per: found?.per ?? 'month' }];
      }),
    ) as Record<LifeKind, Cell>;
  return Object.fromEntries(FORMS.map((form) => [form, cells(form)])) as Cells;
}

/** The lists as sent, and for each form the kind at each position (the API names positions). */
export function requirementsOf(cells: Cells) {
  const kinds = {} as Record<Form, LifeKind[]>;
  const requirements = {} as Record<
    Form,
    { kind: LifeKind; per: string; count: number | string }[]
  >;
  for (const form of FORMS) {
    const required = LIFE_KIND_CODES.filter((kind) => {
      const count = cells[form][kind].count;
      return String(count).trim() !== '' && Number(count) !== 0;
    });
    kinds[form] = required;
    requirements[form] = required.map((kind) => ({
      kind,
      per: cells[form][kind].per,
      count: numberOf(cells[form][kind].count),
    }));
  }
  return { requirements, kinds };
}

/** Every field the API may name in a table, e.g. `requirements.branch[0].count`. */
export const TABLE_FIELDS = [
  'redListSize',
  'blackListSize',
  'requirements',
  ...FORMS.flatMap((form) => [
    `requirements.${form}`,
    ...LIFE_KIND_CODES.flatMap((_, index) =>
      ['kind', 'per', 'count'].map((part) => `requirements.${form}[${index}].${part}`),
    ),
  ]),
];

/** The error the API gave for one cell's part, found by the position the kind was sent at. */
export function cellError(
  errors: Record<string, string>,
  sent: Record<Form, LifeKind[]> | null,
  form: Form,
  kind: LifeKind,
  part: 'count' | 'per',
): string | undefined {
  const index = sent?.[form].indexOf(kind) ?? -1;
  if (index < 0) return undefined;
  const at = `requirements.${form}`;
  return errors[`${at}[${index}].${part}`] ?? errors[`${at}[${index}].kind`];
}
