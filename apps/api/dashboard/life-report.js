/**
 * The 组织生活与活力 tab: for a quarter or a year, the two full coverages (两个全覆盖),
 * the red and black lists (红黑榜, quarters only) and the vitality ranking (活力排名),
 * each read, shown, failed and downloaded on its own.
 */
import { api } from './api-client.js';
import {
  currentQuarter,
  parsePeriod,
  periodBounds,
  periodChoices,
  periodLabel,
} from './life-periods.js';
import {
  addLifeTables,
  renderCoverage,
  renderLists,
  renderRanking,
  toggleComponents,
} from './life-sections.js';
import { $, clearMessage, downloadFrom, el, failIn, fromHash, toHash } from './page-helpers.js';

/** Each report by the `data-report` of its section: where it is read and how it is drawn. */
const REPORTS = {
  coverage: {
    what: '两个全覆盖',
    path: (period) => `/coverage?period=${period}`,
    render: renderCoverage,
    isEmpty: (report) => report.organisation.registered === 0,
  },
  lists: {
    what: '红黑榜',
    path: (period) => `/organisational-life/lists?period=${period}`,
    render: renderLists,
    isEmpty: (report) => report.red.length === 0 && report.black.length === 0,
    // The lists are drawn per quarter: a year has none to read.
    quartersOnly: true,
  },
  ranking: {
    what: '活力排名',
    path: (period) => `/vitality?period=${period}`,
    render: renderRanking,
    isEmpty: (report) => report.ranking.length === 0,
  },
};

let shown = 0;

const part = (name, which) => $(`#${name}-section [data-part="${which}"]`);

function fillPeriods() {
  const select = $('#life-period');
  const current = currentQuarter();
  select.replaceChildren(
    ...periodChoices().map(({ year, values }) =>
      el(
        'optgroup',
        { label: `${year}年` },
        ...values.map((value) =>
          el(
            'option',
            { value },
            value === current ? `${periodLabel(value)}（本季度）` : periodLabel(value),
          ),
        ),
      ),
    ),
  );
  // A period the address keeps that the chooser does not offer falls back to this quarter.
  const wanted = fromHash('period');
  select.value = wanted ?? current;
  if (select.value !== wanted) select.value = current;
}

/** Reads the three reports of the period chosen again (the tab was opened). */
export async function openLife() {
  if ($('#life-period').options.length === 0) fillPeriods();
  await showPeriod($('#life-period').value);
}

async function showPeriod(period) {
  const ticket = ++shown;
  toHash({ period: period === currentQuarter() ? '' : period });
  const { from, to } = periodBounds(period);
  $('#life-meta').textContent = `统计期间：${periodLabel(period)}（${from} 至 ${to}）`;
  await Promise.all(Object.keys(REPORTS).map((name) => showReport(name, period, ticket)));
}

function setShown(name, { view = false, empty = false, download = false, note = false }) {
  part(name, 'view').hidden = !view;
  part(name, 'empty').hidden = !empty;
  part(name, 'download').disabled = !download;
  const quarterNote = part(name, 'quarter-note');
  if (quarterNote) quarterNote.hidden = !note;
}

async function showReport(name, period, ticket) {
  const report = REPORTS[name];
  const section = $(`#${name}-section`);
  clearMessage(`#${name}-message`);
  setShown(name, {});
  if (report.quartersOnly && parsePeriod(period).quarter === null)
    return void setShown(name, { note: true });
  section.setAttribute('aria-busy', 'true');
  try {
    const answer = await (await api(report.path(period))).json();
    if (ticket !== shown) return;
    const empty = report.isEmpty(answer);
    if (!empty) report.render(answer);
    setShown(name, { view: !empty, empty, download: true });
  } catch (error) {
    if (ticket === shown) failIn(`#${name}-message`, error, report.what);
  } finally {
    if (ticket === shown) section.removeAttribute('aria-busy');
  }
}

async function download(name, button) {
  const report = REPORTS[name];
  const period = $('#life-period').value;
  clearMessage(`#${name}-message`);
  button.disabled = true;
  try {
    await downloadFrom(`${report.path(period)}&format=xlsx`, `${name}-${period}.xlsx`);
  } catch (error) {
    failIn(`#${name}-message`, error, `${report.what}的 Excel 文件`);
  } finally {
    button.disabled = false;
  }
}

/** A section's heading, download, message and empty state: the same in all three. */
function addSectionParts(name, { what }) {
  const section = $(`#${name}-section`);
  section.setAttribute('aria-labelledby', `${name}-title`);
  section.prepend(
    el(
      'div',
      { class: 'section-head' },
      el('h2', { id: `${name}-title` }, what),
      el(
        'button',
        {
          type: 'button',
          'data-part': 'download',
          'aria-label': `导出${what}（Excel）`,
          disabled: '',
        },
        '导出 Excel',
      ),
    ),
    el('p', { id: `${name}-message`, class: 'part-message', role: 'alert', hidden: '' }),
    el('p', { 'data-part': 'empty', class: 'empty', hidden: '' }, '本期暂无数据'),
  );
}

export function bindLife() {
  addLifeTables();
  $('#life-period').addEventListener('change', (event) => void showPeriod(event.target.value));
  for (const [name, report] of Object.entries(REPORTS)) {
    addSectionParts(name, report);
    const button = part(name, 'download');
    button.addEventListener('click', () => void download(name, button));
  }
  $('#ranking').addEventListener('click', toggleComponents);
}
