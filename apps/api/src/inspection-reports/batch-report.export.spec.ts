import {
  expectSheets,
  figuresOf,
  readBack,
  texts,
  type ReadBack,
} from '../reports/report-workbook.testing';
import { BATCH_REPORT_SHEETS, batchReportXlsx } from './batch-report.export';
import { batchFixture } from './batch-report.testing';
import { computeBatchReport } from './compute-batch-report';

// The figures of compute-batch-report.spec.ts, on 2026-07-15 in Shanghai.
const REPORT = computeBatchReport(batchFixture(), {
  asOf: new Date('2026-07-15T02:00:00.000Z'),
  timeZone: 'Asia/Shanghai',
});

describe('batchReportXlsx', () => {
  let book: ReadBack;
  beforeAll(async () => {
    book = await readBack(batchReportXlsx(REPORT));
  });
  const sheet = (name: string) => book.sheet(name);

  it('has one sheet per section, with Chinese names, each with a bold, frozen header row', () => {
    expectSheets(book.workbook, Object.values(BATCH_REPORT_SHEETS));
    expect(Object.values(BATCH_REPORT_SHEETS)).toEqual([
      '汇总',
      '抽查名单',
      '问题分类',
      '逾期整改',
    ]);
  });

  it('sums up the batch with the rectification rate as a percentage', () => {
    expect(figuresOf(sheet('汇总'))).toEqual({
      指标: '数值',
      督导批次: '2026年第一批学会党委督导抽查',
      督导重点: '学习宣传贯彻、党委工作和议事制度',
      状态: '已抽取',
      统计截至: '2026-07-15',
      计划抽查数: '4',
      总体学会数: '9',
      随机抽取: '4',
      指定抽查: '1',
      随机种子: 'a1b2c3d4e5f60718',
      已走访学会: '4',
      发现问题: '5',
      一般问题: '3',
      严重问题: '2',
      整改事项: '7',
      已销号: '2',
      已报告待验收: '1',
      已退回: '1',
      未整改: '3',
      整改率: '28.57%',
      逾期整改事项: '3',
    });
  });

  it('lists the sample in draw order, the added society last with its reason', () => {
    // prettier-ignore
    expect(texts(sheet('抽查名单'))).toEqual([
      ['序号', '抽查方式', '抽取顺序', '学会名称', '指定理由', '检查状态', '走访次数', '发现问题', '其中严重', '整改事项', '已销号', '逾期'],
      ['1', '随机抽取', '1', '新能源汽车产业协会', '', '检查中', '1', '2', '1', '3', '1', '1'],
      ['2', '随机抽取', '2', '天津市化学会', '', '检查中', '1', '1', '0', '1', '0', '1'],
      ['3', '随机抽取', '3', '阿尔茨海默病防治协会', '', '已结束', '1', '1', '1', '1', '1', '0'],
      ['4', '随机抽取', '4', '北京市物理学会', '', '未走访', '0', '0', '0', '0', '0', '0'],
      ['5', '指定抽查', '', '湖南省数学会', '群众来信反映问题', '检查中', '1', '1', '0', '2', '0', '1'],
    ]);
  });

  it('counts findings by category and severity, the sums last', () => {
    expect(texts(sheet('问题分类'))).toEqual([
      ['问题类别', '一般', '严重', '合计'],
      ['党委工作和议事制度', '1', '1', '2'],
      ['前置审议“三重一大”', '0', '1', '1'],
      ['学习宣传贯彻', '2', '0', '2'],
      ['合计', '3', '2', '5'],
    ]);
  });

  it('lists the overdue items with society, finding, action, due date and days overdue', () => {
    // prettier-ignore
    expect(texts(sheet('逾期整改'))).toEqual([
      ['序号', '学会名称', '问题类别', '问题描述', '严重程度', '整改措施', '整改期限', '逾期天数', '整改状态'],
      ['1', '天津市化学会', '学习宣传贯彻', '学习记录不全', '一般', '补齐学习记录', '2026-05-31', '45', '已退回'],
      ['2', '新能源汽车产业协会', '党委工作和议事制度', '党委会议记录缺少议题和表决情况', '严重', '完善党委会议记录', '2026-06-30', '15', '已报告待验收'],
      ['3', '湖南省数学会', '党委工作和议事制度', '未建立议事制度', '一般', '制定党委议事规则', '2026-07-14', '1', '未整改'],
    ]);
    expect(sheet('逾期整改').getCell('H2').value).toBe(45);
  });

  it('names a society the register does not know by its id', async () => {
    const unknown = { ...REPORT, sample: [{ ...REPORT.sample[0]!, name: null }] };
    const rows = texts((await readBack(batchReportXlsx(unknown))).sheet('抽查名单'));
    expect(rows[1]![3]).toBe('未登记学会（q3）');
  });
});
