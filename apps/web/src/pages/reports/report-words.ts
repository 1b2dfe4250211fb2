/**
 * How the report pages write figures (the same as the sheets the API exports) and say,
 * in the part of the page concerned, what failed to load.
 */
import { ApiError, getFile } from '../../api';

const integer = new Intl.NumberFormat('zh-CN');
const decimal = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const collator = new Intl.Collator('zh-CN');

export const percent = (rate: number | null): string =>
  rate === null ? '—' : `${(rate * 100).toFixed(2)}%`;
export const count = (n: number): string => integer.format(n);
/** A score such as 71.5, or a dash when there is none. */
export const points = (n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : decimal.format(n);
/** Compares two names as a Chinese reader orders them (pinyin). */
export const byName = (a: string, b: string): number => collator.compare(a, b);
/** A share of a whole, or null when the whole is nothing. */
export const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : part / whole;
/** The width of a bar filled to `rate`, as the style attribute says it. */
export const widthOf = (rate: number | null): string =>
  `width: ${rate === null ? 0 : (rate * 100).toFixed(2)}%`;

/** A figure of a `.figures` list: a label over its value, found by `data-figure`. */
export interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly tone?: 'alarm' | 'other';
}

/** What went wrong reading `what` (e.g. 星级评定), said where that part of the page is. */
export function partMessage(error: unknown, what: string): string {
  if (!(error instanceof ApiError))
    return `${what}显示出错：${error instanceof Error ? error.message : String(error)}`;
  const { status } = error;
  if (status === 401) return `${what}加载失败：登录已过期，请重新登录。`;
  if (status === 403) return `您的账号无权查看${what}，请使用党委办公室或审计人员的账号登录。`;
  if (status === 0) return `${what}加载失败：无法连接服务器，请检查网络后重试。`;
  if (status === 404) return `${what}加载失败：未找到所请求的数据，请刷新后重新选择。`;
  if (status === 429) return `${what}加载失败：请求过于频繁，请稍后再试。`;
  if (status === 400 && error.problem?.field === 'period')
    return `${what}加载失败：期间格式不正确，请重新选择统计期间。`;
  if (status === 503) return `${what}加载失败：服务暂不可用，请稍后再试。`;
  if (status >= 500) return `${what}加载失败：服务器出错（${status}），请稍后重试。`;
  const code = error.code ? ` ${error.code}` : '';
  return `${what}加载失败（${status}${code}），请稍后重试。`;
}

/** Hands a file to the browser's downloads under `name`. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file name the server proposes (RFC 6266 `filename*` first), else `fallback`. */
function fileName(disposition: string | null, fallback: string): string {
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A name the server failed to encode: the plain one, or the fallback, will do.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition ?? '');
  return plain?.[1] ?? fallback;
}

/** Downloads a report's file from `path` under the name the server gives it. */
export async function downloadFrom(path: string, fallback: string): Promise<void> {
  const response = await getFile(path);
  saveFile(await response.blob(), fileName(response.headers.get('content-disposition'), fallback));
}
