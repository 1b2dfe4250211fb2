/* global sessionStorage */
/**
 * Calls to the JSON API with the token the user entered (kept in sessionStorage, so it
 * ends with the tab), or else with the workbench's session cookie of a person signed in
 * there, and the Chinese words for what went wrong.
 */
export const TOKEN_KEY = 'pb.dashboard.token';

export class ApiError extends Error {
  constructor(status, problem) {
    super(`HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export const token = () => sessionStorage.getItem(TOKEN_KEY);

export async function api(path) {
  let response;
  const headers = token() ? { authorization: `Bearer ${token()}` } : {};
  try {
    response = await fetch(path, { headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, null);
  }
  if (response.ok) return response;
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    /* not a problem document */
  }
  throw new ApiError(response.status, problem);
}

/** The roles whose sessions read the reports: the office and auditors. */
const BOARD_ROLES = ['admin', 'auditor'];

/**
 * The account signed in to the workbench in this browser when it may read the reports,
 * else null: the page then asks for a token, as it does for systems.
 */
export async function boardSession() {
  try {
    const response = await fetch('/session', {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) return null;
    const { account } = await response.json();
    return BOARD_ROLES.includes(account?.role) ? account : null;
  } catch {
    return null;
  }
}

/** Every item of a list answer (`{ items, next }`, or a plain array), following `next`. */
export async function listAll(path) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < 100; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const url = cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path;
    const body = await (await api(url)).json();
    items.push(...(Array.isArray(body) ? body : (body.items ?? [])));
    cursor = Array.isArray(body) ? null : body.next;
    if (!cursor) break;
  }
  return items;
}

const problemWords = (error) => {
  const { title, detail } = error.problem ?? {};
  return [title, detail].filter(Boolean).join('：');
};

export function explain(error) {
  if (!(error instanceof ApiError)) return `页面出错：${error.message}`;
  if (error.status === 401) return '访问令牌无效或已过期，请重新输入。';
  if (error.status === 403)
    return '此访问令牌无权查看工作进展报告，请使用党委办公室或审计人员的令牌。';
  if (error.status === 0) return '无法连接服务器，请检查网络后重试。';
  if (error.status === 429) return '请求过于频繁，请稍后再试。';
  const why = problemWords(error);
  return `请求失败（${error.status}）${why ? `：${why}` : ''}`;
}

/** What went wrong reading `what` (e.g. 星级评定), said where that part of the page is. */
export function explainPart(error, what) {
  if (!(error instanceof ApiError)) return `${what}显示出错：${error.message}`;
  const { status } = error;
  if (status === 403) return `此访问令牌无权查看${what}，请使用党委办公室或审计人员的令牌。`;
  if (status === 0) return `${what}加载失败：无法连接服务器，请检查网络后重试。`;
  if (status === 404) return `${what}加载失败：未找到所请求的数据，请刷新后重新选择。`;
  if (status === 429) return `${what}加载失败：请求过于频繁，请稍后再试。`;
  if (status === 400 && error.problem?.field === 'period')
    return `${what}加载失败：期间格式不正确，请重新选择统计期间。`;
  if (status === 503) return `${what}加载失败：服务暂不可用，请稍后再试。`;
  if (status >= 500) return `${what}加载失败：服务器出错（${status}），请稍后重试。`;
  const code = error.problem?.code ? ` ${error.problem.code}` : '';
  return `${what}加载失败（${status}${code}），请稍后重试。`;
}

/** The names of the societies by id, from the society list (the office and auditors read it). */
export async function societyNames() {
  const societies = await listAll('/societies?limit=500');
  return new Map(societies.map((society) => [society.id, society.name]));
}
