import type { Workbook } from 'exceljs';
import { parseCsv } from '../imports/table/csv';
import type { CampaignReport } from './campaign-report';
import { REPORT_SHEETS, reportCsv, reportXlsx } from './campaign-report.export';
import { fixture } from './campaign-report.testing';
import { computeCampaignReport } from './compute-campaign-report';
import { expectSheets, loadWorkbook as load, sheetNamed, texts } from './report-workbook.testing';

const REPORT = computeCampaignReport(fixture(), {
  asOf: new Date('2025-04-15T02:00:00.000Z'),
  timeZone: 'Asia/Shanghai',
});

const SOCIETY_HEADERS = [
  '序号',
  '学会名称',
  '统一社会信用代码',
  '学会类型',
  '联系委员',
  '是否建立党组织',
  '待宣讲',
  '已宣讲（含已确认）',
  '其中已确认',
  '最近宣讲日期',
  '受众人数',
  '已承接办实事',
  '待受理',
  '办理中',
  '已办结',
  '已评价',
  '已取消',
  '逾期任务',
  '挂牌督办',
  '平均评分',
  '红黄绿',
  '原因',
];

// The figures of compute-campaign-report.spec.ts, as the sheet shows them.
// prettier-ignore
const SOCIETY_ROWS = [
  ['1', '阿尔茨海默病防治协会', '51100000500000003X', '协会', '李明', '否', '1', '0', '0', '', '0', '1', '1', '1', '0', '0', '1', '1', '2', '', '红', '有逾期任务；有挂牌督办任务；过半期仍未宣讲；宣讲未达标；办实事未达标'],
  ['2', '北京市物理学会', '', '学会', '李明', '是', '1', '1', '1', '2025-03-11', '100', '2', '1', '0', '0', '2', '0', '0', '0', '3.67', '绿', ''],
  ['3', '陈嘉庚科学研究会', '', '研究会', '陈红', '是', '0', '2', '1', '2025-03-28', '50', '1', '0', '1', '0', '0', '0', '0', '0', '', '黄', '办实事未达标'],
  ['4', '天津市化学会', '', '学会', '陈红', '是', '0', '1', '0', '2025-03-20', '80', '2', '0', '1', '1', '0', '0', '1', '0', '', '红', '有逾期任务'],
  ['5', '新能源汽车产业协会', '', '协会', '李明', '是', '0', '0', '0', '', '0', '2', '0', '2', '0', '0', '0', '0', '0', '1', '红', '过半期仍未宣讲；宣讲未达标'],
];

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('reportCsv', () => {
  it('starts with the UTF-8 BOM and ends every line in CRLF', () => {
    const file = reportCsv(REPORT);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.subarray(3).toString('utf8');
    expect(text.split('\r\n')).toHaveLength(SOCIETY_ROWS.length + 2); // header, rows, final empty
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('parses back to the society rows, Chinese byte for byte', () => {
    const file = reportCsv(REPORT);
    const rows = parseCsv(file.subarray(3).toString('utf8')).map((row) => row.cells);
    expect(rows).toEqual([SOCIETY_HEADERS, ...SOCIETY_ROWS]);
    for (const society of REPORT.societies) expect(file.includes(utf8(society.name))).toBe(true);
  });

  it('quotes a name holding a comma, a quote or a line break, and reads it back whole', () => {
    const name = '数学,统计与"数据"学会\r\n（筹）';
    const odd: CampaignReport = {
      ...REPORT,
      societies: [{ ...REPORT.societies[0]!, name }],
    };
    const rows = parseCsv(reportCsv(odd).subarray(3).toString('utf8'));
    expect(rows).toHaveLength(2);
    expect(utf8(rows[1]!.cells[1]!)).toEqual(utf8(name));
  });
});

describe('reportXlsx', () => {
  let workbook: Workbook;
  beforeAll(async () => {
    workbook = await load(await reportXlsx(REPORT));
  });
  const sheet = (name: string) => sheetNamed(workbook, name);

  it('has one sheet per section, each with a bold, frozen header row', () => {
    expectSheets(workbook, Object.values(REPORT_SHEETS));
    expect(Object.values(REPORT_SHEETS)).toEqual([
      '汇总',
      '按委员',
      '按学会',
      '未宣讲学会',
      '办实事未达标学会',
      '逾期与督办',
      '未分配学会',
      '已注销学会',
      '未计入统计的工作',
    ]);
  });

  it('holds the same society rows as the CSV, 红黄绿 as 红/黄/绿', () => {
    const rows = texts(sheet('按学会'));
    expect(rows).toEqual([SOCIETY_HEADERS, ...SOCIETY_ROWS]);
    rows.slice(1).forEach((row, i) => expect(utf8(row[1]!)).toEqual(utf8(SOCIETY_ROWS[i]![1]!)));
    // Counts stay numbers, so that the people upstairs can sum them.
    expect(sheet('按学会').getCell('K3').value).toBe(100);
    // Dates are Excel dates, so that they sort as dates.
    expect(sheet('按学会').getCell('J3').value).toEqual(new Date(Date.UTC(2025, 2, 11)));
    expect(sheet('按学会').getCell('J3').numFmt).toBe('yyyy-mm-dd');
  });

  it('sums up with Chinese labels and rates written as percentages', () => {
    const summary = new Map(texts(sheet('汇总')).map(([label, value]) => [label, value]));
    expect(summary.get('指标')).toBe('数值');
    expect(Object.fromEntries(summary)).toMatchObject({
      工作名称: '学习贯彻全会精神宣讲暨“我为群众办实事”',
      发文单位: '中共天津市科协科技社团委员会',
      发文日期: '2025-02-20',
      文号: '津科协社党发〔2025〕3号',
      工作状态: '进行中',
      开始日期: '2025-03-01',
      结束日期: '2025-04-30',
      统计截至: '2025-04-15',
      '每个学会宣讲目标（场）': '1',
      '每个学会办实事目标（件）': '2',
      联系学会数: '5',
      已宣讲学会数: '3',
      宣讲覆盖率: '60.00%',
      '待宣讲（场）': '2',
      '已宣讲（含已确认）（场）': '4',
      '其中已确认（场）': '2',
      '已取消宣讲（场）': '1',
      '受众人数（人次）': '230',
      '办实事合计（件）': '11',
      '待受理（件）': '2',
      '办理中（件）': '5',
      '已办结（件）': '1',
      '已评价（件）': '2',
      '已取消（件）': '1',
      '逾期任务（件）': '2',
      '挂牌督办（件）': '2',
      办结率: '30.00%',
      评价率: '66.67%',
      平均评分: '3',
      受益人数: '550',
      红色预警学会: '3',
      黄色预警学会: '1',
      绿色学会: '1',
      未宣讲学会: '2',
      办实事未达标学会: '2',
      未分配学会: '2',
      已注销学会: '1',
      '未计入统计的宣讲（场）': '2',
      '未计入统计的办实事（件）': '3',
    });
  });

  it('writes rates as numbers in a percent format and dates as dates', () => {
    const summary = sheet('汇总');
    const valueOf = (label: string) => {
      const found = texts(summary).findIndex(([name]) => name === label);
      return summary.getCell(`B${found + 1}`);
    };
    expect(valueOf('宣讲覆盖率').value).toBe(0.6);
    expect(valueOf('宣讲覆盖率').numFmt).toBe('0.00%');
    expect(valueOf('评价率').value).toBe(0.6667);
    expect(valueOf('统计截至').value).toEqual(new Date(Date.UTC(2025, 3, 15)));
    expect(valueOf('统计截至').numFmt).toBe('yyyy-mm-dd');
    expect(sheet('按委员').getCell('F2').value).toBe(0.3333);
    expect(sheet('逾期与督办').getCell('D2').value).toEqual(new Date(Date.UTC(2025, 3, 1)));
  });

  it('writes the liaison, unassigned, deregistered and overdue sheets', () => {
    expect(texts(sheet('按委员')).slice(1)).toEqual([
      ['1', '李明', '副书记', '3', '1', '33.33%', '1', '1', '100', '5', '1'],
      ['2', '陈红', '委员', '2', '2', '100.00%', '3', '1', '130', '3', '1'],
    ]);
    expect(texts(sheet('未分配学会'))).toEqual([
      ['序号', '学会名称', '学会类型'],
      ['1', '福建省茶叶学会', '学会'],
      ['2', '湖南省数学会', '学会'],
    ]);
    expect(texts(sheet('已注销学会')).slice(1)).toEqual([['1', '江西省林学会', '李明']]);
    // prettier-ignore
    expect(texts(sheet('逾期与督办'))).toEqual([
      ['序号', '学会名称', '任务名称', '截止日期', '逾期天数', '挂牌督办', '督办事由'],
      ['1', '阿尔茨海默病防治协会', '为地方学会协调办公场地', '2025-04-01', '14', '是', '逾期未办'],
      ['2', '天津市化学会', '为青年科技工作者开展职称申报辅导', '2025-04-10', '5', '否', ''],
      ['3', '阿尔茨海默病防治协会', '为会员开通继续教育学时登记', '', '', '是', '群众反映强烈，长期未受理'],
    ]);
  });

  it('lists the societies without a lecture and those short of tasks, as the JSON does', () => {
    expect(texts(sheet('未宣讲学会'))).toEqual([
      ['序号', '学会名称', '联系委员'],
      ['1', '阿尔茨海默病防治协会', '李明'],
      ['2', '新能源汽车产业协会', '李明'],
    ]);
    expect(texts(sheet('办实事未达标学会'))).toEqual([
      ['序号', '学会名称', '联系委员', '已承接办实事', '办实事目标'],
      ['1', '阿尔茨海默病防治协会', '李明', '1', '2'],
      ['2', '陈嘉庚科学研究会', '陈红', '1', '2'],
    ]);
  });

  it('lists the work no figure counts, society by society, with the reason', () => {
    // prettier-ignore
    expect(texts(sheet('未计入统计的工作'))).toEqual([
      ['序号', '学会名称', '未计入原因', '宣讲合计', '待宣讲', '已宣讲（含已确认）', '其中已确认', '已取消宣讲', '办实事合计', '待受理', '办理中', '已办结', '已评价', '已取消'],
      ['1', '福建省茶叶学会', '已退出本次工作', '1', '0', '1', '0', '0', '1', '0', '0', '0', '1', '0'],
      ['2', '湖南省数学会', '未分配到本次工作', '0', '0', '0', '0', '0', '1', '1', '0', '0', '0', '0'],
      ['3', '江西省林学会', '学会已注销', '1', '0', '1', '1', '0', '1', '0', '1', '0', '0', '0'],
    ]);
  });

  it('says 未设定 for targets never set and leaves a rate over nothing empty', async () => {
    const bare: CampaignReport = {
      ...REPORT,
      campaign: { ...REPORT.campaign, targets: null },
      totals: { ...REPORT.totals, coverage: null },
    };
    const summary = new Map(
      texts((await load(await reportXlsx(bare))).getWorksheet('汇总')!).map(([k, v]) => [k, v]),
    );
    expect(summary.get('每个学会宣讲目标（场）')).toBe('未设定');
    expect(summary.get('宣讲覆盖率')).toBe('');
  });
});
