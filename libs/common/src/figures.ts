/** A fraction 0..1 rounded to 4 decimals, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole, 4);
}

/** The plain mean rounded to 2 decimals, as a rating is read; null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round(values.reduce((sum, value) => sum + value, 0) / values.length, 2);
}

/** To so many decimals, halves up. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function sum<T>(items: readonly T[], figure: (item: T) => number): number {
  return items.reduce((total, item) => total + figure(item), 0);
}

const chinese = new Intl.Collator('zh-CN');

/** The order people read: names in zh-CN collation (pinyin), ties by id so it is stable. */
export function inChineseOrder<T>(
  items: readonly T[],
  name: (item: T) => string,
  id: (item: T) => string,
): T[] {
  return [...items].sort(
    (a, b) => chinese.compare(name(a), name(b)) || compareCodeUnits(id(a), id(b)),
  );
}

export function compareChinese(a: string, b: string): number {
  return chinese.compare(a, b);
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
