import type { ImportReport } from '../imports/import-report';
import { importSummary, refusedRows } from './import-summary';

const report: ImportReport = {
  format: 'csv',
  encoding: 'gb18030',
  rows: 5,
  accepted: 3,
  rejected: [
    {
      rowNumber: 4,
      column: '委员职务',
      code: 'IMPORT.POSITION_UNKNOWN',
      message: '第4行：委员职务“主任”无法识别',
    },
    {
      rowNumber: 4,
      column: '统一社会信用代码',
      code: 'IMPORT.CREDIT_CODE_INVALID',
      message: '第4行：统一社会信用代码校验位不正确',
    },
    { rowNumber: 6, column: '', code: 'SOCIETY.NAME_TAKEN', message: '第6行：学会名称已被使用' },
  ],
  membersRegistered: 1,
  positionsChanged: 2,
  societiesRegistered: 1,
  assigned: 1,
  moved: 1,
  unchanged: 1,
  missingFromFile: [
    { societyId: 's-1', societyName: '天津市医学会', liaisonId: 'm-1' },
    { societyId: 's-2', societyName: null, liaisonId: 'm-2' },
  ],
  warnings: [{ code: 'ASSIGNMENT.LIAISON_TARGET', message: '王建国联系3个学会，少于8个' }],
};

describe('the import summary', () => {
  it('counts a row with several problems once and lists every reason', () => {
    expect(refusedRows(report)).toBe(2);
    expect(importSummary(report, '安排表.csv', '0.4 s')).toEqual([
      'import: 安排表.csv (csv, gb18030): 5 rows, 3 accepted, 2 refused; 0.4 s',
      '  assignments: 1 created, 1 moved, 1 unchanged',
      '  registered: 1 members, 1 societies; 2 positions changed',
      '  refused rows (2):',
      '    IMPORT.POSITION_UNKNOWN [委员职务]: 第4行：委员职务“主任”无法识别',
      '    IMPORT.CREDIT_CODE_INVALID [统一社会信用代码]: 第4行：统一社会信用代码校验位不正确',
      '    SOCIETY.NAME_TAKEN: 第6行：学会名称已被使用',
      '  assignments not in the file, kept (2):',
      '    天津市医学会 (s-1), liaison m-1',
      '    s-2, liaison m-2',
      '  warnings (1):',
      '    ASSIGNMENT.LIAISON_TARGET: 王建国联系3个学会，少于8个',
      'import: 2 row(s) refused, the others applied',
    ]);
  });

  it('says every row was applied when none was refused', () => {
    const clean = { ...report, rejected: [], missingFromFile: [], warnings: [] };
    expect(importSummary(clean, 'a.xlsx', '1.0 s')).toEqual([
      'import: a.xlsx (csv, gb18030): 3 rows, 3 accepted, 0 refused; 1.0 s',
      '  assignments: 1 created, 1 moved, 1 unchanged',
      '  registered: 1 members, 1 societies; 2 positions changed',
      'import: OK, every row applied',
    ]);
  });
});
