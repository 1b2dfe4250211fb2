/* global document */
/** The 工作进展 tab: one campaign's progress report, and its export as CSV or Excel. */
import { api, ApiError, listAll } from './api-client.js';
import {
  $,
  bar,
  count,
  downloadFrom,
  el,
  fail,
  figure,
  fromHash,
  percent,
  renderRows,
  say,
  toHash,
} from './page-helpers.js';

const LIGHTS = { red: '红', yellow: '黄', green: '绿' };
const CAMPAIGN_STATUS = { draft: '起草', launched: '进行中', closed: '已结束' };

/**
 * The campaigns from GET /campaigns; where the api has no such list, those some member
 * liaises in (from the member status views), each read by id.
 */
export async function loadCampaigns() {
  try {
    return await listAll('/campaigns');
  } catch (error) {
    if (!(error instanceof ApiError) || error.problem?.code !== 'ROUTE.NOT_FOUND') throw error;
  }
  const members = await listAll('/members?limit=500');
  const ids = [...new Set(members.flatMap((m) => (m.campaigns ?? []).map((c) => c.campaignId)))];
  const campaigns = [];
  for (const id of ids)
    campaigns.push(await (await api(`/campaigns/${encodeURIComponent(id)}`)).json());
  return campaigns.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
}

export function fillCampaigns(campaigns) {
  const select = $('#campaign');
  const wanted = fromHash('campaign');
  select.replaceChildren(el('option', { value: '' }, campaigns.length ? '请选择工作部署' : '暂无'));
  for (const campaign of campaigns) {
    const id = campaign.id ?? campaign.campaignId;
    const status = CAMPAIGN_STATUS[campaign.status] ?? campaign.status ?? '';
    select.append(el('option', { value: id }, `${campaign.title}（${status}）`));
  }
  select.disabled = campaigns.length === 0;
  $('#empty').hidden = campaigns.length > 0;
  $('#report').hidden = true;
  setExports(false);
  if (wanted && campaigns.some((c) => (c.id ?? c.campaignId) === wanted)) {
    select.value = wanted;
    void showReport(wanted);
  }
}

let shown = 0;
async function showReport(id) {
  const ticket = ++shown;
  toHash({ campaign: id });
  setExports(false);
  if (!id) return void ($('#report').hidden = true);
  $('#report').setAttribute('aria-busy', 'true');
  try {
    const report = await (await api(`/campaigns/${encodeURIComponent(id)}/report`)).json();
    if (ticket !== shown) return;
    say('');
    render(report);
    $('#report').hidden = false;
    setExports(true);
  } catch (error) {
    if (ticket === shown) fail(error);
  } finally {
    $('#report').removeAttribute('aria-busy');
  }
}

function render(report) {
  const { campaign, totals } = report;
  const period =
    campaign.startsOn || campaign.endsOn
      ? `${campaign.startsOn ?? '未定'} 至 ${campaign.endsOn ?? '未定'}`
      : '未定';
  const targets = campaign.targets
    ? `每个学会宣讲 ${campaign.targets.lecturesPerSociety} 场、办实事 ${campaign.targets.serviceTasksPerSociety} 件`
    : '未设定';
  $('#report-meta').textContent =
    `${campaign.title} · 工作期限 ${period} · 目标 ${targets} · 统计日期 ${report.asOfDate}`;
  renderProgress(totals);
  renderLiaisons(report.liaisons);
  renderSocieties(report.societies, totals.status);
  renderRows(
    '#overdue',
    report.overdue,
    5,
    '暂无逾期任务',
    (row) => ({ 'data-task-id': row.taskId }),
    (row) => [
      row.societyName,
      row.title,
      row.dueOn,
      count(row.daysOverdue),
      row.escalated ? '是' : '否',
    ],
  );
  renderRows(
    '#escalated',
    report.escalated,
    4,
    '暂无挂牌督办任务',
    (row) => ({ 'data-task-id': row.taskId }),
    (row) => [row.societyName, row.title, row.dueOn ?? '未定', row.reason],
  );
}

function renderProgress(totals) {
  const { tasks } = totals;
  const figures = [
    ['societiesAssigned', '联系学会', count(totals.societiesAssigned)],
    ['societiesCovered', '已宣讲学会', count(totals.societiesCovered)],
    ['coverage', '宣讲覆盖率', percent(totals.coverage)],
    ['lecturesDelivered', '已宣讲场次（含已确认）', count(totals.lecturesDelivered)],
    ['lecturesConfirmed', '其中已确认场次', count(totals.lecturesConfirmed)],
    ['lecturesScheduled', '待宣讲场次', count(totals.lecturesScheduled)],
    ['audience', '听众人次', count(totals.audience)],
    ['tasksTotal', '办实事任务', count(tasks.total)],
    ['tasksInProgress', '办理中', count(tasks.inProgress)],
    ['tasksDone', '已办结', count(tasks.completed + tasks.evaluated)],
    ['completionRate', '办结率', percent(totals.completionRate)],
    ['evaluationRate', '评价率', percent(totals.evaluationRate)],
    [
      'averageRating',
      '平均评分',
      totals.averageRating === null ? '—' : totals.averageRating.toFixed(2),
    ],
    ['beneficiaries', '受益人数', count(totals.beneficiaries)],
    ['overdueTasks', '逾期任务', count(totals.overdueTasks)],
    ['escalatedTasks', '挂牌督办', count(totals.escalatedTasks)],
  ];
  $('#progress').replaceChildren(...figures.map(figure));
}

function renderLiaisons(liaisons) {
  const list = $('#liaisons');
  if (liaisons.length === 0)
    return void list.replaceChildren(el('li', { class: 'empty' }, '暂无联系学会的委员'));
  list.replaceChildren(
    ...liaisons.map((row) =>
      bar(
        { 'data-member-id': row.memberId },
        row.name,
        row.coverage,
        `${row.covered}/${row.societies} · ${percent(row.coverage)}`,
      ),
    ),
  );
}

function renderSocieties(societies, lights) {
  $('#lights').replaceChildren(
    ...Object.entries(LIGHTS).map(([key, name]) =>
      el(
        'span',
        { 'data-light': key },
        el('span', { class: `light ${key}`, 'aria-hidden': 'true' }),
        `${name}灯 ${count(lights[key])}`,
      ),
    ),
  );
  renderRows(
    '#societies',
    societies,
    10,
    '暂无联系学会',
    (row) => ({ 'data-status': row.status }),
    (row) => [
      el(
        'span',
        {},
        el('span', { class: `light ${row.status}`, 'aria-hidden': 'true' }),
        LIGHTS[row.status],
      ),
      row.name,
      row.liaisonName,
      count(row.lecturesDelivered),
      count(row.lecturesConfirmed),
      count(row.audience),
      count(row.tasksAccepted),
      count(row.overdueTasks),
      count(row.escalatedTasks),
      row.reasons.length ? row.reasons.join('、') : '—',
    ],
  );
  filterSocieties();
}

function filterSocieties() {
  const wanted = $('#light-filter').value;
  for (const row of document.querySelectorAll('#societies tbody tr[data-status]'))
    row.hidden = wanted !== '' && row.dataset.status !== wanted;
}

function setExports(enabled) {
  for (const button of document.querySelectorAll('.exports button')) button.disabled = !enabled;
}

async function download(button) {
  const id = $('#campaign').value;
  const format = button.dataset.format;
  if (!id) return;
  button.disabled = true;
  try {
    await downloadFrom(
      `/campaigns/${encodeURIComponent(id)}/report?format=${format}`,
      `report.${format}`,
    );
  } catch (error) {
    fail(error);
  } finally {
    button.disabled = false;
  }
}

export function bindCampaignReport() {
  $('#campaign').addEventListener('change', (event) => void showReport(event.target.value));
  $('#light-filter').addEventListener('change', filterSocieties);
  for (const button of document.querySelectorAll('.exports button'))
    button.addEventListener('click', () => void download(button));
}
