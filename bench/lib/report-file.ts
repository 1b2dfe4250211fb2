import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from './machine';
import { ROOT } from './processes';
import type { ScenarioResult, Table } from './scenario';

/** What bench/results/<name>.json holds: one scenario's latest run. */
export interface SavedResult {
  readonly name: string;
  readonly title: string;
  readonly date: string;
  readonly scale: number;
  readonly command: string;
  readonly seconds: number;
  readonly machine: Machine;
  readonly result: ScenarioResult;
}

export const RESULTS_DIR = join(ROOT, 'bench', 'results');

export function saveResult(saved: SavedResult): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${saved.name}.json`), `${JSON.stringify(saved, null, 2)}\n`);
}

export function loadResults(order: readonly string[]): SavedResult[] {
  let files: string[] = [];
  try {
    files = readdirSync(RESULTS_DIR).filter((file) => file.endsWith('.json'));
  } catch {
    return [];
  }
  const results = files.map(
    (file) => JSON.parse(readFileSync(join(RESULTS_DIR, file), 'utf8')) as SavedResult,
  );
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return results.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** A table as aligned plain text, for the console. */
export function textTable(table: Table): string {
  const cells = [table.columns, ...table.rows.map((row) => row.map(String))];
  const widths = table.columns.map((_, i) =>
    Math.max(...cells.map((row) => displayWidth(row[i] ?? ''))),
  );
  const line = (row: string[]) =>
    row.map((cell, i) => cell + ' '.repeat(widths[i]! - displayWidth(cell))).join('  ');
  return [
    table.title,
    line(cells[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

/** A table in Markdown. */
export function markdownTable(
  columns: readonly string[],
  rows: readonly (string | number)[][],
): string {
  const escape = (cell: string | number) => String(cell).replace(/\|/g, '\\|');
  return [
    `| ${columns.map(escape).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

/** Columns a CJK character takes in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\uffef]/.test(char) ? 2 : 1;
  return width;
}
