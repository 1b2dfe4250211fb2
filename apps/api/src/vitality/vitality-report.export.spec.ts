import { lifeReading } from '../life-reports/life-report.inputs';
import { expectSheets, figuresOf, readBack, texts } from '../reports/report-workbook.testing';
import { computeVitalityRanking } from './compute-vitality';
import { VITALITY_FILES, VITALITY_SHEETS, vitalityXlsx } from './vitality-report.export';
import { VITALITY_INPUT } from './vitality.testing';

// The ranking of compute-vitality.spec.ts, on 30 June 2026.
const REPORT = computeVitalityRanking(
  lifeReading(VITALITY_INPUT, 'Asia/Shanghai'),
  { year: 2026, quarter: 2 },
  { asOf: '2026-06-30T08:00:00.000Z', asOfDate: '2026-06-30' },
);

describe('the vitality ranking as files', () => {
  it('writes 活力排名 with one column of points per component, then 得分明细 and 汇总', async () => {
    const book = await readBack(vitalityXlsx(REPORT));
    expectSheets(book.workbook, Object.values(VITALITY_SHEETS));
    expect(Object.values(VITALITY_SHEETS)).toEqual(['活力排名', '得分明细', '汇总']);
    expect(texts(book.sheet('活力排名'))).toEqual([
      [
        '排名',
        '学会名称',
        '得分',
        '组织生活完成率（30分）',
        '出席率（10分）',
        '宣讲（15分）',
        '服务任务（20分）',
        '整改销号（10分）',
        '星级（15分）',
      ],
      ['1', '华夏学会', '85.38', '30', '8', '15', '18', '5', '9.38'],
      ['2', '安徽学会', '10', '0', '0', '0', '0', '10', '0'],
      ['2', '北京学会', '10', '0', '0', '0', '0', '10', '0'],
      ['4', '东莞学会', '0', '0', '0', '0', '0', '0', '0'],
    ]);
    const details = texts(book.sheet('得分明细'));
    expect(details[0]).toEqual(['排名', '学会名称', '指标', '权重', '计算依据', '比率', '得分']);
    expect(details[4]).toEqual([
      '1',
      '华夏学会',
      '服务任务',
      '20',
      '已办结任务 1；目标数 1；已评价任务 1；平均评分 4',
      '0.9',
      '18',
    ]);
    expect(details[10]).toEqual([
      '2',
      '安徽学会',
      '服务任务',
      '20',
      '已办结任务 0；目标数 0；已评价任务 0；平均评分 无',
      '0',
      '0',
    ]);
    expect(figuresOf(book.sheet('汇总'))).toMatchObject({
      统计期间: '2026Q2',
      参加排名的学会: '4',
      权重: '默认权重',
      组织生活完成率权重: '30',
    });
  });

  it('writes the ranking as the CSV', () => {
    const lines = VITALITY_FILES.csv(REPORT).toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toBe('1,华夏学会,85.38,30,8,15,18,5,9.38');
    expect(VITALITY_FILES.name(REPORT)).toBe('组织活力排名-2026Q2-2026-06-30');
  });
});
