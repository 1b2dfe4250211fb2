import type { DomainError, MemberPosition } from '@pb/domain';
import type { CommandContext } from '../application/command-context';
import type { ArrangementRow, RowProblem } from './table';

export type Warning = { code: string; message: string };

/** What an import did with a table, row by row; the api answers it, the command line prints it. */

export interface ImportReport {
  readonly format: 'xlsx' | 'csv';
  readonly encoding: string | null;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: readonly RowProblem[];
  readonly membersRegistered: number;
  readonly positionsChanged: number;
  readonly societiesRegistered: number;
  readonly assigned: number;
  readonly moved: number;
  readonly unchanged: number;
  /** Assignments of the campaign that the file does not list; they are kept, not withdrawn. */
  readonly missingFromFile: readonly {
    societyId: string;
    societyName: string | null;
    liaisonId: string;
  }[];
  readonly warnings: readonly Warning[];
}

/** A member as the import matches rows to it. */
export interface Member {
  readonly id: string;
  position: MemberPosition;
}

/** What one import has found and done so far. */
export interface ImportRun {
  readonly campaignId: string;
  readonly context: CommandContext;
  /** Active members by exact name (a name may belong to more than one), with those registered since. */
  readonly members: Map<string, Member[]>;
  /** The societies the rows applied so far name. */
  readonly listed: Set<string>;
  readonly rejected: RowProblem[];
  readonly counts: {
    membersRegistered: number;
    positionsChanged: number;
    societiesRegistered: number;
    assigned: number;
    moved: number;
    unchanged: number;
  };
  /** One warning a liaison, however many rows raised it. */
  readonly warnings: Map<string, Warning>;
  accepted: number;
}

/** A row whose member's name belongs to several active members. */
export function memberAmbiguous(row: ArrangementRow, count: number): RowProblem {
  return {
    rowNumber: row.rowNumber,
    column: '委员姓名',
    code: 'IMPORT.MEMBER_AMBIGUOUS',
    message: `第${row.rowNumber}行：有${count}名在任委员名为“${row.memberName}”，无法确定是哪一位，请在系统中处理后重新导入`,
  };
}

/** A row naming a society an earlier row named. */
export function societyRepeated(row: ArrangementRow): RowProblem {
  return {
    rowNumber: row.rowNumber,
    column: '学会名称',
    code: 'IMPORT.SOCIETY_REPEATED',
    message: `第${row.rowNumber}行：学会“${row.societyName}”在表中重复出现，一个学会在一项工作中只有一名联系委员`,
  };
}

/** A row the domain refused, as the report lists it. */
export function refusal(row: ArrangementRow, error: DomainError): RowProblem {
  return {
    rowNumber: row.rowNumber,
    column: error.field === 'name' ? '学会名称' : '',
    code: error.code,
    message: `第${row.rowNumber}行：${error.message}`,
  };
}

/** A liaison's warning (the 8-to-10 target) is keyed by the liaison, any other by its code. */
export function warningKey(warning: Warning): string {
  return 'liaisonId' in warning && typeof warning.liaisonId === 'string'
    ? warning.liaisonId
    : warning.code;
}
