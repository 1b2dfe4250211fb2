/* global Blob */
/**
 * The 督导抽查 tab: a batch's totals, the rectification board of every sampled society,
 * the sample as drawn and added, and the draw's record that anyone can rerun.
 */
import { api, listAll, societyNames } from './api-client.js';
import {
  $,
  byName,
  clearMessage,
  count,
  el,
  failIn,
  figure,
  fillPicker,
  fromHash,
  percent,
  saveFile,
  toHash,
} from './page-helpers.js';
import { renderBoard, renderDraw, renderSample } from './inspection-board.js';

const STATUS = { planned: '已计划，待抽取', drawn: '督导中', closed: '已结束' };
/** Batches under way first, then those still to draw, then the closed ones. */
const ORDER = { drawn: 0, planned: 1, closed: 2 };

let shown = 0;
/** The draw of the batch shown, for the download. */
let shownDraw = null;

/** Lists the batches again (the tab was opened), keeping the one chosen. */
export async function openInspections() {
  const ticket = ++shown;
  clearMessage('#inspection-message');
  try {
    const batches = await listAll('/inspection-batches');
    if (ticket !== shown) return;
    batches.sort((a, b) => ORDER[a.status] - ORDER[b.status] || byName(a.title, b.title));
    const chosen = fillPicker(
      $('#batch'),
      batches,
      '请选择督导批次',
      (batch) => el('option', { value: batch.id }, `${batch.title}（${STATUS[batch.status]}）`),
      fromHash('batch'),
    );
    $('#batches-empty').hidden = batches.length > 0;
    if (chosen) await showBatch(chosen);
    else $('#batch-view').hidden = true;
  } catch (error) {
    if (ticket === shown) failIn('#inspection-message', error, '督导抽查');
  }
}

async function showBatch(id) {
  const ticket = ++shown;
  toHash({ batch: id });
  clearMessage('#inspection-message');
  if (!id) return void ($('#batch-view').hidden = true);
  const view = $('#batch-view');
  view.setAttribute('aria-busy', 'true');
  try {
    const path = `/inspection-batches/${encodeURIComponent(id)}`;
    const [batch, names] = await Promise.all([api(path).then((r) => r.json()), societyNames()]);
    if (ticket !== shown) return;
    const sample = batch.sample.map((one) => ({
      ...one,
      name: names.get(one.societyId) ?? one.societyId,
    }));
    renderBatch(batch, sample);
    view.hidden = false;
    if (sample.length > 0) await showBoard(path, sample, ticket);
  } catch (error) {
    if (ticket !== shown) return;
    view.hidden = true;
    failIn('#inspection-message', error, '督导抽查');
  } finally {
    view.removeAttribute('aria-busy');
  }
}

function renderBatch(batch, sample) {
  const focus = batch.focus.length ? ` · 督导重点 ${batch.focus.join('、')}` : '';
  $('#batch-meta').textContent =
    `${batch.title} · ${STATUS[batch.status] ?? batch.status}${focus} · 督导组 ${count(batch.inspectorIds.length)} 人 · 逾期按 ${batch.today} 计算`;
  $('#batch-empty').hidden = sample.length > 0;
  $('#batch-parts').hidden = sample.length === 0;
  renderTotals(batch.progress);
  renderSample(sample);
  shownDraw = batch.draw && { batchId: batch.id, ...batch.draw };
  renderDraw(batch.draw);
  $('#draw-download').hidden = !batch.draw;
}

function renderTotals(progress) {
  const rate = progress.items === 0 ? null : progress.accepted / progress.items;
  const figures = [
    ['societies', '抽查学会', count(progress.societies)],
    ['visited', '已走访', count(progress.visited)],
    ['findings', '发现问题', count(progress.findings)],
    ['majorFindings', '其中较重', count(progress.majorFindings)],
    ['items', '整改事项', count(progress.items)],
    ['reported', '待验收', count(progress.reported)],
    ['accepted', '已验收', count(progress.accepted)],
    ['overdue', '逾期未整改', count(progress.overdue), progress.overdue ? { class: 'alarm' } : {}],
    ['rectificationRate', '整改完成率', percent(rate)],
  ];
  $('#inspection-totals').replaceChildren(...figures.map(figure));
}

/** Each visited society's items, read from its inspection; the rest have none yet. */
async function showBoard(path, sample, ticket) {
  clearMessage('#rectification-message');
  let cases = null;
  try {
    cases = await Promise.all(
      sample.map(async (one) =>
        one.state === 'not-visited'
          ? null
          : (await api(`${path}/societies/${encodeURIComponent(one.societyId)}`)).json(),
      ),
    );
  } catch (error) {
    if (ticket === shown) failIn('#rectification-message', error, '各学会的整改情况');
  }
  if (ticket !== shown) return;
  $('#rectification').hidden = cases === null;
  if (cases) renderBoard(sample, cases);
}

function downloadDraw() {
  if (!shownDraw) return;
  const { rerun: _rerun, drawnAt: _drawnAt, ...record } = shownDraw;
  const json = `${JSON.stringify(record, null, 2)}\n`;
  saveFile(new Blob([json], { type: 'application/json' }), `督导抽取记录-${record.batchId}.json`);
}

export function bindInspections() {
  $('#batch').addEventListener('change', (event) => void showBatch(event.target.value));
  $('#draw-download').addEventListener('click', downloadDraw);
}
