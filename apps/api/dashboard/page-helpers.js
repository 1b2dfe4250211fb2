/* global document, window, sessionStorage, history, location, URLSearchParams */
/**
 * What every part of the dashboard draws with. Every text goes in through textContent,
 * never as HTML.
 */
import { api, ApiError, explain, explainPart, TOKEN_KEY } from './api-client.js';

export const $ = (selector) => document.querySelector(selector);
const integer = new Intl.NumberFormat('zh-CN');
const decimal = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const collator = new Intl.Collator('zh-CN');

export const percent = (rate) => (rate === null ? '—' : `${(rate * 100).toFixed(2)}%`);
export const count = (n) => integer.format(n);
/** A score such as 71.5, or a dash when there is none. */
export const points = (n) => (n === null || n === undefined ? '—' : decimal.format(n));
/** Compares two names as a Chinese reader orders them (pinyin). */
export const byName = (a, b) => collator.compare(a, b);

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children.map((child) => (typeof child === 'number' ? String(child) : child)));
  return node;
}

export function say(text, kind = 'error') {
  const message = $('#message');
  message.textContent = text;
  message.className = kind;
  message.hidden = !text;
}

export function showLogin() {
  $('#board').hidden = true;
  $('#sign-out').hidden = true;
  $('#login').hidden = false;
  $('#token').value = '';
  $('#token').focus();
}

/** Shows an API failure; a refused token sends the user back to the token form. */
export function fail(error) {
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
    sessionStorage.removeItem(TOKEN_KEY);
    showLogin();
  }
  say(explain(error));
}

/**
 * Shows a failure to read one part of the page (`what`) in that part's own message
 * (`where`); only an invalid token concerns the whole page and sends it to the token form.
 */
export function failIn(where, error, what) {
  if (error instanceof ApiError && error.status === 401) return fail(error);
  const message = $(where);
  message.textContent = explainPart(error, what);
  message.hidden = false;
}

export function clearMessage(where) {
  $(where).textContent = '';
  $(where).hidden = true;
}

export function renderRows(table, rows, columns, empty, attributes, cells) {
  const body = $(`${table} tbody`);
  if (rows.length === 0)
    return void body.replaceChildren(
      el('tr', {}, el('td', { colspan: columns, class: 'empty' }, empty)),
    );
  body.replaceChildren(
    ...rows.map((row) =>
      el('tr', attributes(row), ...cells(row).map((cell) => el('td', {}, cell))),
    ),
  );
}

/** A table under a `.scroll` box: a caption for screen readers, the column heads, an empty body. */
export const scrollTable = (id, caption, heads) =>
  el(
    'div',
    { class: 'scroll' },
    el(
      'table',
      { id },
      el('caption', { class: 'visually-hidden' }, caption),
      el('thead', {}, el('tr', {}, ...heads.map((head) => el('th', { scope: 'col' }, head)))),
      el('tbody'),
    ),
  );

/** A figure of a `.figures` list: a label over its value, found by `data-figure`. */
export const figure = ([key, label, value, extra = {}]) =>
  el('div', { 'data-figure': key, ...extra }, el('dt', {}, label), el('dd', {}, value));

/** A bar of a `.bars` list: a name, a track filled to `rate`, and the words for it. */
export function bar(attributes, name, rate, value) {
  const width = rate === null ? 0 : (rate * 100).toFixed(2);
  return el(
    'li',
    attributes,
    el('span', { class: 'name' }, name),
    el(
      'span',
      { class: 'track', 'aria-hidden': 'true' },
      el('span', { class: 'fill', style: `width: ${width}%` }),
    ),
    el('span', { class: 'value' }, value),
  );
}

/** One setting of the address's `#a=1&b=2`, so that a reload shows the same thing. */
export const fromHash = (key) => new URLSearchParams(location.hash.slice(1)).get(key);

/** Changes settings of the address's hash; an empty value removes the setting. */
export function toHash(changes) {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const [key, value] of Object.entries(changes))
    if (value) params.set(key, value);
    else params.delete(key);
  const text = params.toString();
  if (text !== location.hash.slice(1)) history.replaceState(null, '', text ? `#${text}` : '#');
}

/** Fills a picker with `items` under a prompt, and selects `wanted` when it is among them. */
export function fillPicker(select, items, prompt, option, wanted) {
  select.replaceChildren(el('option', { value: '' }, items.length ? prompt : '暂无'));
  for (const item of items) select.append(option(item));
  select.disabled = items.length === 0;
  if (wanted && items.some((item) => item.id === wanted)) {
    select.value = wanted;
    return wanted;
  }
  return null;
}

/** Hands a file to the browser's downloads under `name`. */
export function saveFile(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** The file name the server proposes (RFC 6266 `filename*` first), else `fallback`. */
function fileName(disposition, fallback) {
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition ?? '');
  return plain ? plain[1] : fallback;
}

/** Downloads a report's file from `path` under the name the server gives it. */
export async function downloadFrom(path, fallback) {
  const response = await api(path);
  const blob = await response.blob();
  saveFile(blob, fileName(response.headers.get('content-disposition'), fallback));
}
