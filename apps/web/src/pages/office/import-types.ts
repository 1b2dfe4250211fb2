import type { LiaisonWarning } from './campaign-types';

/** One refused row of an arrangement table, as the import reports it. */
export interface RowProblem {
  rowNumber: number;
  /** The Chinese header of the column at fault; empty when the row as a whole was refused. */
  column: string;
  code: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  accepted: number;
  rejected: RowProblem[];
  membersRegistered: number;
  societiesRegistered: number;
  assigned: number;
  moved: number;
  unchanged: number;
  missingFromFile: { societyId: string; societyName: string | null; liaisonId: string }[];
  warnings: LiaisonWarning[];
}

/** A row of the arrangement table as the fixing form holds it, by the API's column. */
export interface ArrangementFields {
  memberName: string;
  memberPosition: string;
  societyName: string;
  societyKind: string;
  creditCode: string;
}

/** The table's headers, in the template's order, by field. */
export const HEADERS: Record<keyof ArrangementFields, string> = {
  memberName: '委员姓名',
  memberPosition: '委员职务',
  societyName: '学会名称',
  societyKind: '学会类型',
  creditCode: '统一社会信用代码',
};

/** The field of a column the import names, so that its problem shows at that field. */
export function fieldOfColumn(column: string): keyof ArrangementFields | null {
  const found = Object.entries(HEADERS).find(([, header]) => header === column);
  return found ? (found[0] as keyof ArrangementFields) : null;
}

const quoted = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/**
 * One corrected row as a table of its own (UTF-8 CSV): sent through the same import, it
 * is matched and applied exactly as a row of the office's file would be.
 */
export function oneRowTable(row: ArrangementFields): Blob {
  const keys = Object.keys(HEADERS) as (keyof ArrangementFields)[];
  const lines = [keys.map((k) => HEADERS[k]), keys.map((k) => row[k].trim())];
  return new Blob([lines.map((cells) => cells.map(quoted).join(',')).join('\r\n') + '\r\n'], {
    type: 'text/csv',
  });
}
