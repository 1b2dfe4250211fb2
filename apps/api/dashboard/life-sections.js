/**
 * How the 组织生活与活力 tab draws its three reports: the two full coverages, the red and
 * black lists of a quarter and the vitality ranking with every society's components.
 */
import { $, count, el, figure, percent, points, renderRows, scrollTable } from './page-helpers.js';

/** The uncovered societies as a list of names, or a word when there is none. */
function names(where, societies, none) {
  const list = $(where);
  if (societies.length === 0) return void list.replaceChildren(el('li', { class: 'none' }, none));
  list.replaceChildren(
    ...societies.map((one) => el('li', { 'data-society-id': one.societyId }, one.name)),
  );
}

const share = (part, whole) => (whole === 0 ? null : part / whole);

export function renderCoverage(report) {
  const { organisation: o, work: w } = report;
  const alarm = (n) => (n ? { class: 'alarm' } : {});
  $('#org-coverage-note').textContent =
    `按 ${o.on} 的情况统计。既有学会党委又有办事机构党组织的学会两处都计；` +
    '其他方式指两处均无党组织，由联合党组织或派驻党建指导员覆盖。';
  $('#org-coverage').replaceChildren(
    ...[
      ['registered', '登记学会', count(o.registered)],
      ['council', '学会党委', count(o.council)],
      ['secretariat', '办事机构党组织', count(o.secretariat)],
      ['otherMeans', '其他方式', count(o.otherMeans)],
      ['joint', '联合党组织', count(o.joint), { class: 'other' }],
      ['instructor', '派驻党建指导员', count(o.instructor), { class: 'other' }],
      ['covered', '已覆盖', count(o.covered)],
      ['uncovered', '未覆盖', count(o.uncovered.length), alarm(o.uncovered.length)],
      ['rate', '覆盖率', percent(share(o.covered, o.registered))],
    ].map(figure),
  );
  names('#org-uncovered', o.uncovered, '无，登记学会已全部覆盖');
  $('#work-coverage').replaceChildren(
    ...[
      ['registered', '登记学会', count(w.registered)],
      ['covered', '已覆盖', count(w.covered)],
      ['uncovered', '未覆盖', count(w.uncovered.length), alarm(w.uncovered.length)],
      ['rate', '覆盖率', percent(share(w.covered, w.registered))],
    ].map(figure),
  );
  names('#work-uncovered', w.uncovered, '无，登记学会本期均有工作覆盖');
}

const STANDING_HEADS = ['名次', '学会', '完成率', '出勤率'];

/** The red or the black list: a titled table of places, names, completeness and attendance. */
const standingsTable = (id, title, caption) =>
  el(
    'section',
    { 'aria-labelledby': `${id}-title` },
    el('h3', { id: `${id}-title`, class: `${id}-title` }, title),
    scrollTable(id, caption, STANDING_HEADS),
  );

/** The tables of the lists and of the ranking, drawn once. */
export function addLifeTables() {
  $('#standings').replaceChildren(
    standingsTable('red-list', '红榜', '组织生活全部完成的学会，按出勤率从高到低'),
    standingsTable('black-list', '黑榜', '组织生活落后的学会，按完成率、出勤率从低到高'),
  );
  $('#ranking-meta').after(
    scrollTable('ranking', '登记学会按组织活力得分从高到低，同分同名次；点击学会查看各项得分', [
      '排名',
      '学会',
      '得分',
    ]),
  );
}

const standing = (one) => [
  count(one.place),
  one.name,
  el(
    'span',
    {},
    percent(one.completeness),
    el('span', { class: 'met' }, `（${count(one.met)}/${count(one.slots)}）`),
  ),
  percent(one.attendance),
];

export function renderLists(report) {
  const rule = report.tableIsDefault
    ? '按默认的组织生活要求计算'
    : '按本年度设定的组织生活要求计算';
  $('#lists-meta').textContent =
    `本季度有组织生活要求的学会 ${count(report.weighed)} 个，${rule}。` +
    `红榜：全部完成，按出勤率从高到低，最多 ${count(report.redListSize)} 个；` +
    `黑榜：其余学会按完成率、出勤率从低到高，最多 ${count(report.blackListSize)} 个。`;
  const attributes = (one) => ({ 'data-society-id': one.societyId });
  renderRows('#red-list', report.red, 4, '本季度暂无学会上榜', attributes, standing);
  renderRows('#black-list', report.black, 4, '本季度暂无学会上榜', attributes, standing);
}

const COMPONENTS = {
  lifeCompleteness: '组织生活完成率',
  attendance: '出勤率',
  lectures: '宣讲',
  serviceTasks: '办实事',
  rectifications: '整改销号',
  stars: '星级',
};

/** A component's inputs in words, so that a society sees why it scored what it did. */
function inputsInWords(component, inputs) {
  const i = inputs;
  switch (component) {
    case 'lifeCompleteness':
      return `应开展 ${count(i.slots)} 次，已开展 ${count(i.met)} 次`;
    case 'attendance':
      return `应到 ${count(i.expected)} 人次，实到 ${count(i.present)} 人次`;
    case 'lectures':
      return `目标 ${count(i.target)} 场，已宣讲 ${count(i.delivered)} 场`;
    case 'serviceTasks':
      return (
        `目标 ${count(i.target)} 件，已办结 ${count(i.completed)} 件；` +
        (i.evaluated === 0
          ? '尚无评价'
          : `已评价 ${count(i.evaluated)} 件，平均 ${points(i.meanRating)} 分`)
      );
    case 'rectifications':
      return i.due === 0
        ? '本期无到期整改事项，计满分'
        : `到期整改事项 ${count(i.due)} 项，按期销号 ${count(i.acceptedOnTime)} 项`;
    case 'stars':
      return i.stars === null ? `暂无星级（满 ${i.outOf} 星）` : `${i.stars}星（满 ${i.outOf} 星）`;
    default:
      return Object.values(inputs).map(points).join(' / ');
  }
}

function component(one) {
  return el(
    'li',
    { 'data-component': one.component },
    el('span', { class: 'c-name' }, COMPONENTS[one.component] ?? one.component),
    el('span', { class: 'c-points' }, `${points(one.points)} 分`),
    el('span', { class: 'c-inputs' }, inputsInWords(one.component, one.inputs)),
    el('span', { class: 'c-ratio' }, `比率 ${percent(one.ratio)} × 权重 ${points(one.weight)}`),
  );
}

/** The weights in words: 组织生活完成率 30、出勤率 10、… */
const weightsInWords = (weights) =>
  Object.entries(weights)
    .map(([name, weight]) => `${COMPONENTS[name] ?? name} ${points(weight)}`)
    .join('、');

function rankCell(row, tied) {
  return el(
    'span',
    {},
    count(row.rank),
    ...(tied ? [el('span', { class: 'tie', title: '同分同名次' }, '并列')] : []),
  );
}

function nameCell(row, detailsId) {
  return el(
    'button',
    { type: 'button', class: 'opens', 'aria-expanded': 'false', 'aria-controls': detailsId },
    row.name,
    el('span', { class: 'chevron', 'aria-hidden': 'true' }),
  );
}

export function renderRanking(report) {
  const which = report.weightsAreDefault ? '默认权重' : '本年度设定的权重';
  $('#ranking-meta').textContent =
    `满分 100 分，${which}：${weightsInWords(report.weights)}。同分同名次。点击学会查看各项得分。`;
  const ranks = report.ranking.map((row) => row.rank);
  const tied = (row) => ranks.indexOf(row.rank) !== ranks.lastIndexOf(row.rank);
  const body = $('#ranking tbody');
  body.replaceChildren(
    ...report.ranking.flatMap((row, index) => {
      const detailsId = `vitality-${index}`;
      return [
        el(
          'tr',
          { 'data-society-id': row.societyId, class: 'ranked' },
          el('td', {}, rankCell(row, tied(row))),
          el('td', {}, nameCell(row, detailsId)),
          el('td', {}, points(row.score)),
        ),
        el(
          'tr',
          { id: detailsId, class: 'components-row', hidden: '' },
          el(
            'td',
            { colspan: 3 },
            el(
              'ul',
              { class: 'components', 'aria-label': `${row.name}的各项得分` },
              ...row.components.map(component),
            ),
          ),
        ),
      ];
    }),
  );
}

/** Opens or closes the components of the ranked society whose row was clicked. */
export function toggleComponents(event) {
  const row = event.target.closest('tr.ranked');
  if (!row) return;
  const button = row.querySelector('button.opens');
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  row.classList.toggle('open', open);
  $(`#${button.getAttribute('aria-controls')}`).hidden = !open;
}
