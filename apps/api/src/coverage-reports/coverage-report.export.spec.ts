import { lifeReading } from '../life-reports/life-report.inputs';
import { expectSheets, figuresOf, readBack, texts } from '../reports/report-workbook.testing';
import { computeCoverage } from './compute-coverage';
import { COVERAGE_FILES, COVERAGE_SHEETS, coverageXlsx } from './coverage-report.export';
import { COVERAGE_INPUT } from './coverage-report.testing';

// The coverage of compute-coverage.spec.ts, on 15 August 2026.
const REPORT = computeCoverage(
  lifeReading(COVERAGE_INPUT, 'Asia/Shanghai'),
  { year: 2026, quarter: 3 },
  { asOf: '2026-08-15T04:00:00.000Z', asOfDate: '2026-08-15' },
);

describe('the coverage report as files', () => {
  it('writes 汇总, 组织覆盖 and 工作覆盖, the societies in zh-CN order', async () => {
    const book = await readBack(coverageXlsx(REPORT));
    expectSheets(book.workbook, Object.values(COVERAGE_SHEETS));
    expect(Object.values(COVERAGE_SHEETS)).toEqual(['汇总', '组织覆盖', '工作覆盖']);
    expect(figuresOf(book.sheet('汇总'))).toMatchObject({
      统计期间: '2026Q3',
      统计日: '2026-08-15',
      登记学会: '7',
      学会党委覆盖: '1',
      办事机构党组织覆盖: '2',
      其他方式覆盖: '3',
      组织覆盖学会: '5',
      组织覆盖率: '71.43%',
      工作覆盖学会: '4',
      工作覆盖率: '57.14%',
    });
    const organisation = texts(book.sheet('组织覆盖'));
    expect(organisation[0]).toEqual([
      '序号',
      '学会名称',
      '学会党委',
      '办事机构党组织',
      '联合党支部',
      '党建指导员',
      '是否覆盖',
    ]);
    expect(organisation.slice(1).map((row) => row[1])).toEqual([
      '安徽省化学会',
      '北京市物理学会',
      '成都市药学会',
      '大连市林学会',
      '鄂州市医学会',
      '广州市化工学会',
      '海南省气象学会',
    ]);
    expect(organisation[7]).toEqual(['7', '海南省气象学会', '否', '否', '是', '是', '是']);
    expect(texts(book.sheet('工作覆盖'))[3]).toEqual(['3', '成都市药学会', '0', '0', '1', '是']);
  });

  it('writes the organisation coverage table as the CSV, named by the period and the day', () => {
    const csv = COVERAGE_FILES.csv(REPORT).toString('utf8');
    expect(csv.startsWith('\uFEFF序号,学会名称,学会党委,')).toBe(true);
    expect(csv).toContain('4,大连市林学会,否,否,否,否,否');
    expect(COVERAGE_FILES.name(REPORT)).toBe('两个全覆盖-2026Q3-2026-08-15');
  });
});
