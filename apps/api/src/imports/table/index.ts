export type { ArrangementRow, RowProblem } from './arrangement-row';
export { parseArrangementTable, type ParsedTable } from './arrangement';
export { TableUnreadable } from './table-unreadable';
export { arrangementTemplateXlsx } from './template';
export { toCsv } from './csv';
export { toXlsx } from './xlsx';
