import {
  expectSheets,
  figuresOf,
  readBack,
  texts,
  type ReadBack,
} from '../reports/report-workbook.testing';
import { computeRoundReport } from './compute-round-report';
import { ROUND_REPORT_SHEETS, roundReportXlsx } from './round-report.export';
import { roundFixture } from './round-report.testing';

// The figures of compute-round-report.spec.ts, on 2026-07-01 in Shanghai.
const REPORT = computeRoundReport(roundFixture(), {
  asOf: new Date('2026-06-30T18:00:00.000Z'),
  timeZone: 'Asia/Shanghai',
});

describe('roundReportXlsx', () => {
  let book: ReadBack;
  beforeAll(async () => {
    book = await readBack(roundReportXlsx(REPORT));
  });
  const sheet = (name: string) => book.sheet(name);

  it('has one sheet per section, with Chinese names, each with a bold, frozen header row', () => {
    expectSheets(book.workbook, Object.values(ROUND_REPORT_SHEETS));
    expect(Object.values(ROUND_REPORT_SHEETS)).toEqual([
      '汇总',
      '星级分布',
      '分类平均分',
      '按学会',
      '分类得分',
      '自评与初评差异',
    ]);
  });

  it('sums up the round and its progress', () => {
    expect(figuresOf(sheet('汇总'))).toEqual({
      指标: '数值',
      评定批次: '2025年度星级学会党组织评定',
      年度: '2025',
      状态: '已公布',
      公布日期: '2026-03-20',
      统计截至: '2026-07-01',
      满分: '100',
      一星至八星最低分: '30、40、50、60、70、80、90、95',
      参评学会: '7',
      已自评: '6',
      已初评: '5',
      已审议: '6',
      已公布: '6',
    });
  });

  it('writes the distribution and the category averages', () => {
    expect(texts(sheet('星级分布'))).toEqual([
      ['星级', '审议学会数', '当前学会数'],
      ['0星', '1', '1'],
      ['1星', '0', '0'],
      ['2星', '1', '1'],
      ['3星', '1', '1'],
      ['4星', '1', '2'],
      ['5星', '1', '0'],
      ['6星', '0', '0'],
      ['7星', '1', '1'],
      ['8星', '0', '0'],
    ]);
    expect(texts(sheet('分类平均分'))).toEqual([
      ['类别', '满分', '自评平均分', '初评平均分'],
      ['组织建设', '20', '15.5', '13.6'],
      ['思想政治引领', '30', '21.33', '18.2'],
      ['作用发挥', '30', '21', '17.7'],
      ['制度建设', '20', '14.83', '13'],
      ['总分', '100', '72.67', '62.5'],
    ]);
  });

  it('writes every society in zh-CN order, its totals as numbers people can sum', () => {
    // prettier-ignore
    expect(texts(sheet('按学会'))).toEqual([
      ['序号', '学会名称', '自评总分', '初评人数', '初评总分', '审议依据总分', '按标准星级', '审议星级', '与标准不同的理由', '是否公布', '当前星级', '是否注销'],
      ['1', '阿尔茨海默病防治协会', '70', '2', '63', '63', '4星', '4星', '', '是', '4星', '否'],
      ['2', '北京市物理学会', '93', '2', '88', '88', '6星', '7星', '科普工作成效突出，经审议提升一星', '是', '7星', '否'],
      ['3', '陈嘉庚科学研究会', '', '0', '', '', '0星', '0星', '', '是', '0星', '否'],
      ['4', '福建省茶叶学会', '40', '1', '40', '40', '2星', '2星', '', '是', '2星', '是'],
      ['5', '湖南省数学会', '100', '1', '50', '50', '3星', '3星', '', '是', '3星', '否'],
      ['6', '天津市化学会', '83', '2', '71.5', '71.5', '5星', '5星', '', '是', '4星', '否'],
      ['7', '新能源汽车产业协会', '50', '0', '', '', '', '', '', '否', '', '否'],
    ]);
    expect(sheet('按学会').getCell('E7').value).toBe(71.5);
  });

  it('writes each society’s points per category for self, review and decision side by side', () => {
    const rows = texts(sheet('分类得分'));
    expect(rows[0]).toEqual([
      '序号',
      '学会名称',
      '组织建设（自评）',
      '组织建设（初评）',
      '组织建设（审议）',
      '思想政治引领（自评）',
      '思想政治引领（初评）',
      '思想政治引领（审议）',
      '作用发挥（自评）',
      '作用发挥（初评）',
      '作用发挥（审议）',
      '制度建设（自评）',
      '制度建设（初评）',
      '制度建设（审议）',
    ]);
    // prettier-ignore
    expect(rows[2]).toEqual(['2', '北京市物理学会', '20', '18.5', '18.5', '28', '26.5', '26.5', '27', '25.5', '25.5', '18', '17.5', '17.5']);
    expect(rows[7]).toEqual([
      '7',
      '新能源汽车产业协会',
      '10',
      '',
      '',
      '15',
      '',
      '',
      '15',
      '',
      '',
      '10',
      '',
      '',
    ]);
  });

  it('writes where self and review differ most', () => {
    expect(texts(sheet('自评与初评差异'))).toEqual([
      ['序号', '学会名称', '自评总分', '初评总分', '差值（自评−初评）'],
      ['1', '湖南省数学会', '100', '50', '50'],
      ['2', '天津市化学会', '83', '71.5', '11.5'],
      ['3', '阿尔茨海默病防治协会', '70', '63', '7'],
      ['4', '北京市物理学会', '93', '88', '5'],
    ]);
  });
});
