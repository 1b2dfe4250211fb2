/**
 * How a batch's sample, rectification board and draw are drawn (inspection.js reads them).
 */
import { $, count, el, renderRows } from './page-helpers.js';

const CASE_STATE = { 'not-visited': '尚未走访', open: '整改中', closed: '督导已结束' };
const ITEM_STATUS = {
  open: '待整改',
  reported: '已报告，待验收',
  returned: '退回重改',
  accepted: '已验收',
};
/** The tally of a society's items, in the order they move. */
const TALLY = [
  ['open', '待整改'],
  ['reported', '待验收'],
  ['returned', '已退回'],
  ['accepted', '已验收'],
];

const how = (one) =>
  one.how === 'drawn' ? `随机抽取第 ${one.drawOrder} 位` : '指定加入（不参与随机抽取）';

export function renderSample(sample) {
  renderRows(
    '#sample',
    sample,
    4,
    '暂无抽查学会',
    (one) => ({ 'data-society-id': one.societyId, 'data-how': one.how }),
    (one) => [
      one.drawOrder === null ? '—' : count(one.drawOrder),
      one.name,
      one.how === 'drawn' ? '随机抽取' : '指定加入',
      one.reason ?? '—',
    ],
  );
}

function tally(items) {
  const of = (status) => items.filter((item) => item.status === status).length;
  const overdue = items.filter((item) => item.overdue).length;
  return el(
    'p',
    { class: 'tally' },
    ...TALLY.map(([status, name]) =>
      el(
        'span',
        { 'data-count': status, class: of(status) ? '' : 'zero' },
        `${name} ${of(status)}`,
      ),
    ),
    el('span', { 'data-count': 'overdue', class: overdue ? 'overdue' : 'zero' }, `逾期 ${overdue}`),
  );
}

function item(one) {
  const status = ITEM_STATUS[one.status] ?? one.status;
  return el(
    'li',
    {
      'data-item-id': one.itemId,
      'data-status': one.status,
      class: one.overdue ? 'overdue' : one.status,
    },
    el('span', { class: 'status' }, one.overdue ? `${status} · 已逾期` : status),
    el('span', { class: 'action' }, one.action),
    el('span', { class: 'due' }, `整改期限 ${one.dueOn}`),
  );
}

/** Why a visited society lists no item: nothing found, or nothing to rectify yet. */
const noItems = (inspection) =>
  inspection.findings.length === 0 ? '未发现问题' : '已发现问题，尚未列出整改事项';

function card(one, inspection) {
  const state = inspection?.state ?? one.state;
  const items = inspection?.items ?? [];
  const findings = inspection ? `发现问题 ${inspection.findings.length} 个` : '';
  return el(
    'article',
    { class: 'case', 'data-society-id': one.societyId, 'data-state': state },
    el('h3', {}, one.name),
    el(
      'p',
      { class: 'how' },
      [how(one), CASE_STATE[state] ?? state, findings].filter(Boolean).join(' · '),
    ),
    ...(inspection
      ? [
          tally(items),
          items.length
            ? el('ul', { class: 'items' }, ...items.map(item))
            : el('p', { class: 'empty' }, noItems(inspection)),
        ]
      : [el('p', { class: 'empty' }, '尚未走访，暂无整改事项')]),
  );
}

/** One card per sampled society, in the sample's order, with its items and their state. */
export function renderBoard(sample, inspections) {
  $('#rectification').replaceChildren(...sample.map((one, index) => card(one, inspections[index])));
}

export function renderDraw(draw) {
  const list = $('#draw');
  if (!draw) {
    list.replaceChildren();
    $('#draw-rerun').textContent =
      '尚未抽取。抽取后在此公布随机种子和算法，任何人都可据此复算抽取结果。';
    return;
  }
  const drawnAt = new Date(draw.drawnAt).toLocaleString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour12: false,
  });
  const rows = [
    ['seed', '随机种子', el('code', {}, draw.seed)],
    ['algorithm', '抽取算法', el('code', {}, draw.algorithm)],
    ['population', '学会总体', `${count(draw.population.length)} 个（按记录的顺序）`],
    ['sampleSize', '抽取数量', `${count(draw.sampleSize)} 个`],
    ['drawnAt', '抽取时间', drawnAt],
  ];
  list.replaceChildren(
    ...rows.map(([key, label, value]) =>
      el('div', { 'data-draw': key }, el('dt', {}, label), el('dd', {}, value)),
    ),
  );
  const { document, script } = draw.rerun;
  $('#draw-rerun').textContent =
    `任何人都可以复核本次抽取：按 ${document} 公布的算法 ${draw.algorithm}，` +
    `用本批次记录的学会总体（${count(draw.population.length)} 个，按记录的顺序）、` +
    `抽取数量 ${count(draw.sampleSize)} 和随机种子 ${draw.seed} 重新计算，` +
    `得到的学会及其顺序与上表“随机抽取”的各学会相同。` +
    `下载抽取记录（JSON 文件）后运行 python3 ${script} < 该文件，即可复算。`;
}
