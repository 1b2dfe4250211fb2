import { expectSheets, figuresOf, readBack, texts } from '../reports/report-workbook.testing';
import { computeLifeLists } from './compute-life-lists';
import { LIFE_LISTS_FILES, LIFE_LISTS_SHEETS, lifeListsXlsx } from './life-lists.export';
import { lifeReading } from './life-report.inputs';
import { LISTS_FIXTURE, reportInput } from './life-report.testing';

// The lists of compute-life-lists.spec.ts, on 30 June 2026.
const REPORT = computeLifeLists(
  lifeReading(reportInput(LISTS_FIXTURE), 'Asia/Shanghai'),
  { year: 2026, quarter: 2 },
  { asOf: '2026-06-30T02:00:00.000Z', asOfDate: '2026-06-30' },
);

describe('the red and black lists as files', () => {
  it('writes a workbook of 汇总, 红榜 and 黑榜 with each society’s counts and rates', async () => {
    const book = await readBack(lifeListsXlsx(REPORT));
    expectSheets(book.workbook, ['汇总', '红榜', '黑榜']);
    expect(Object.values(LIFE_LISTS_SHEETS)).toEqual(['汇总', '红榜', '黑榜']);
    expect(figuresOf(book.sheet('汇总'))).toMatchObject({
      统计期间: '2026Q2',
      统计截至: '2026-06-30',
      有组织生活要求的学会: '5',
      组织生活要求: '默认要求',
    });
    expect(texts(book.sheet('红榜'))).toEqual([
      ['名次', '学会名称', '应开展次数', '已开展次数', '完成率', '出席率'],
      ['1', '北京市物理学会', '8', '8', '100.00%', '90.00%'],
      ['2', '安徽省化学会', '8', '8', '100.00%', '80.00%'],
      ['3', '海南省气象学会', '8', '8', '100.00%', '80.00%'],
    ]);
    expect(texts(book.sheet('黑榜')).slice(1)).toEqual([
      ['1', '大连市林学会', '8', '0', '0.00%', ''],
      ['2', '长沙市药学会', '11', '8', '72.73%', '80.00%'],
    ]);
  });

  it('writes both lists in one CSV, each row naming its list, and names the files by the quarter', () => {
    const lines = LIFE_LISTS_FILES.csv(REPORT).toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('榜单,名次,学会名称,应开展次数,已开展次数,完成率,出席率');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      '红榜,1,北京市物理学会',
      '红榜,2,安徽省化学会',
      '红榜,3,海南省气象学会',
      '黑榜,1,大连市林学会',
      '黑榜,2,长沙市药学会',
    ]);
    expect(LIFE_LISTS_FILES.name(REPORT)).toBe('组织生活红黑榜-2026Q2-2026-06-30');
  });
});
