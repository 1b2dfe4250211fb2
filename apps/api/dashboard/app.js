/* global document, sessionStorage */
/**
 * The committee office's dashboard: opens at once for the office or an auditor signed in
 * to the workbench (their session cookie), else asks for a bearer token (kept in
 * sessionStorage, so it ends with the tab); then shows four tabs: a campaign's progress report (工作进展),
 * a star rating round (星级评定), an inspection batch (督导抽查) and the coverage, red and
 * black lists and vitality ranking of a period (组织生活与活力).
 */
import { boardSession, TOKEN_KEY, token } from './api-client.js';
import { bindCampaignReport, fillCampaigns, loadCampaigns } from './campaign-report.js';
import { bindInspections, openInspections } from './inspection.js';
import { bindLife, openLife } from './life-report.js';
import { $, fail, fromHash, say, showLogin, toHash } from './page-helpers.js';
import { bindRatings, openRatings } from './star-rating.js';

/** The tabs by the name the address keeps; the work tab is the default and loads at sign-in. */
const TABS = {
  work: { open: () => undefined },
  rating: { open: openRatings },
  inspection: { open: openInspections },
  life: { open: openLife },
};

function showTab(name, focus = false) {
  const chosen = TABS[name] ? name : 'work';
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.tab === chosen;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(`#${tab.getAttribute('aria-controls')}`).hidden = !selected;
    if (selected && focus) tab.focus();
  }
  toHash({ tab: chosen === 'work' ? '' : chosen });
  void TABS[chosen].open();
}

async function showBoard() {
  $('#login').hidden = true;
  $('#sign-out').hidden = !token();
  try {
    const campaigns = await loadCampaigns();
    say('');
    $('#board').hidden = false;
    fillCampaigns(campaigns);
    showTab(fromHash('tab'));
  } catch (error) {
    fail(error);
  }
}

/** The arrow keys move between the tabs, as screen reader users expect of a tab list. */
function onTabKey(event) {
  const names = [...document.querySelectorAll('[role="tab"]')].map((tab) => tab.dataset.tab);
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (!step) return;
  const at = names.indexOf(event.target.dataset.tab);
  showTab(names[(at + step + names.length) % names.length], true);
}

$('#login').addEventListener('submit', (event) => {
  event.preventDefault();
  const value = $('#token')
    .value.trim()
    .replace(/^Bearer\s+/i, '');
  if (!value) return say('请输入访问令牌。');
  sessionStorage.setItem(TOKEN_KEY, value);
  say('正在验证令牌…', 'info');
  void showBoard();
});
$('#sign-out').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  say('已退出。', 'info');
  showLogin();
});
for (const tab of document.querySelectorAll('[role="tab"]')) {
  tab.addEventListener('click', () => showTab(tab.dataset.tab));
  tab.addEventListener('keydown', onTabKey);
}
bindCampaignReport();
bindRatings();
bindInspections();
bindLife();

/** A person signed in to the workbench needs no token: the board says who, and links back. */
async function openBySession() {
  const account = await boardSession();
  if (!account) return showLogin();
  $('#who').textContent = `${account.displayName}（已登录工作台）`;
  $('#session').hidden = false;
  return showBoard();
}

if (token()) void showBoard();
else void openBySession();
