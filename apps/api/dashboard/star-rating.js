/**
 * The 星级评定 tab: a round's stage and progress, the distribution of the stars decided,
 * and every society's self-assessed, reviewed and decided result in Chinese name order.
 */
import { api, listAll, societyNames } from './api-client.js';
import {
  $,
  bar,
  byName,
  clearMessage,
  count,
  el,
  failIn,
  fillPicker,
  fromHash,
  percent,
  points,
  renderRows,
  toHash,
} from './page-helpers.js';

const STEPS = [
  ['draft', '起草'],
  ['open', '自评'],
  ['review', '初评审议'],
  ['published', '公布'],
  ['closed', '结束'],
];
const STATUS = {
  draft: '起草中',
  open: '自评中',
  review: '初评审议中',
  published: '已公布',
  closed: '已结束',
};
const MAX_STARS = 8;

let shown = 0;

/** Lists the rounds again (the tab was opened), keeping the one chosen. */
export async function openRatings() {
  const ticket = ++shown;
  clearMessage('#rating-message');
  try {
    const rounds = await listAll('/star-rating-rounds');
    if (ticket !== shown) return;
    rounds.sort((a, b) => b.year - a.year || byName(a.title, b.title));
    const chosen = fillPicker(
      $('#round'),
      rounds,
      '请选择评定批次',
      (round) => el('option', { value: round.id }, `${round.title}（${STATUS[round.status]}）`),
      fromHash('round'),
    );
    $('#rounds-empty').hidden = rounds.length > 0;
    if (chosen) await showRound(chosen);
    else $('#round-view').hidden = true;
  } catch (error) {
    if (ticket === shown) failIn('#rating-message', error, '星级评定');
  }
}

async function showRound(id) {
  const ticket = ++shown;
  toHash({ round: id });
  clearMessage('#rating-message');
  if (!id) return void ($('#round-view').hidden = true);
  const view = $('#round-view');
  view.setAttribute('aria-busy', 'true');
  try {
    const round = await (await api(`/star-rating-rounds/${encodeURIComponent(id)}`)).json();
    if (ticket !== shown) return;
    renderRound(round);
    view.hidden = false;
    const rated = round.progress.societies > 0;
    $('#round-empty').hidden = rated;
    $('#round-progress').hidden = !rated;
    $('#round-results').hidden = !rated;
    if (rated) await showResults(id, ticket);
  } catch (error) {
    if (ticket !== shown) return;
    view.hidden = true;
    failIn('#rating-message', error, '星级评定');
  } finally {
    view.removeAttribute('aria-busy');
  }
}

function renderRound(round) {
  const { progress } = round;
  const published = round.publishedOn ? ` · 公布日期 ${round.publishedOn}` : '';
  // Titles usually name the year already (2025年度星级学会党组织评定).
  const year = round.title.includes(String(round.year)) ? '' : ` · ${round.year}年度`;
  $('#round-meta').textContent =
    `${round.title}${year} · 满分 ${points(round.maximumTotal)} 分 · 参评学会 ${count(progress.societies)} 个${published}`;
  $('#round-thresholds').textContent = `星级标准：${round.thresholds
    .map((least, index) => `${index + 1}星 ${points(least)} 分`)
    .join('、')}（初评总分达到即评为该星级，审议可另作决定并说明理由）`;
  const reached = STEPS.findIndex(([status]) => status === round.status);
  $('#round-steps').replaceChildren(
    ...STEPS.map(([status, name], index) =>
      el(
        'li',
        {
          'data-step': status,
          class: index < reached ? 'done' : index === reached ? 'current' : 'later',
          ...(index === reached && { 'aria-current': 'step' }),
        },
        name,
      ),
    ),
  );
  $('#round-status').textContent = `当前阶段：${STATUS[round.status] ?? round.status}`;
  const share = (n) => (progress.societies === 0 ? null : n / progress.societies);
  const steps = [
    ['selfAssessed', '已提交自评', progress.selfAssessed],
    ['reviewed', '已初评', progress.reviewed],
    ['decided', '已审议定星', progress.decided],
  ];
  $('#round-progress').replaceChildren(
    ...steps.map(([key, name, n]) =>
      bar(
        { 'data-progress': key },
        name,
        share(n),
        `${count(n)}/${count(progress.societies)} · ${percent(share(n))}`,
      ),
    ),
  );
}

async function showResults(roundId, ticket) {
  clearMessage('#rating-results-message');
  let rows = null;
  try {
    const [ratings, names] = await Promise.all([
      listAll(`/star-rating-rounds/${encodeURIComponent(roundId)}/societies?limit=1000`),
      societyNames(),
    ]);
    rows = ratings
      .map((rating) => ({ ...rating, name: names.get(rating.societyId) ?? rating.societyId }))
      .sort((a, b) => byName(a.name, b.name));
  } catch (error) {
    if (ticket === shown) failIn('#rating-results-message', error, '各学会的评定结果');
  }
  if (ticket !== shown) return;
  for (const part of ['#distribution', '#ratings-section']) $(part).hidden = rows === null;
  if (rows === null) return;
  renderDistribution(rows);
  renderRatings(rows);
}

function renderDistribution(rows) {
  const decided = rows.filter((row) => row.decidedStars !== null);
  const tally = Array.from(
    { length: MAX_STARS + 1 },
    (_, stars) => decided.filter((row) => row.decidedStars === stars).length,
  );
  const most = Math.max(1, ...tally);
  $('#distribution-note').textContent = decided.length
    ? `已审议 ${count(decided.length)} 个学会，未审议 ${count(rows.length - decided.length)} 个。`
    : '尚未审议任何学会，审议后在此显示各星级的学会数。';
  $('#star-distribution').replaceChildren(
    ...tally.map((n, stars) =>
      el(
        'li',
        { 'data-stars': stars, class: n ? '' : 'none' },
        el('span', { class: 'count' }, count(n)),
        el(
          'span',
          { class: 'column', 'aria-hidden': 'true' },
          el('span', { class: 'bar', style: `height: ${((n / most) * 100).toFixed(2)}%` }),
        ),
        el('span', { class: 'label' }, `${stars}星`),
      ),
    ),
  );
}

/** Why a society's stars read otherwise than its reviewed total gives. */
function remark(row) {
  const words = [];
  if (row.decidedStars !== null && row.decidedStars !== row.defaultStars)
    words.push(`按标准为${row.defaultStars}星，审议改定`);
  if (row.changes > 0) words.push(`公布后调整为${row.starsAfterChanges}星`);
  if (row.decidedStars === null) words.push(row.reviewCount ? '待审议' : '待初评');
  return words.length ? words.join('；') : '—';
}

function renderRatings(rows) {
  renderRows(
    '#ratings',
    rows,
    5,
    '暂无学会参评',
    (row) => ({ 'data-society-id': row.societyId }),
    (row) => [
      row.name,
      points(row.selfTotal),
      row.reviewCount ? `${points(row.reviewedTotal)}（${row.reviewCount}人）` : '—',
      row.decidedStars === null ? '未审议' : `${row.decidedStars}星`,
      remark(row),
    ],
  );
}

export function bindRatings() {
  $('#round').addEventListener('change', (event) => void showRound(event.target.value));
}
