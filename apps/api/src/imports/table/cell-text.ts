import { ValueType, type Cell } from 'exceljs';

/**
 * The text Excel shows in a cell. exceljs hands back several shapes of value, and its
 * own `cell.text` gets two of them wrong: a formula whose result is 0 or "" shows as
 * empty (its value getter drops falsy results), and a hyperlink over rich text comes
 * back as an object, not a string. So the shapes are unpicked here.
 */
export function cellText(cell: Cell): string {
  // A cell covered by a merge shows the merge's top-left cell. exceljs passes that
  // cell's value through, but a formula's result must be read from the cell itself.
  const source = cell.type === ValueType.Merge ? cell.master : cell;
  if (source.type === ValueType.Formula) return valueText(source.result);
  return valueText(source.value);
}

export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((run: { text?: unknown }) => valueText(run.text)).join('');
  if ('hyperlink' in value) return valueText((value as { text?: unknown }).text);
  if ('formula' in value || 'sharedFormula' in value)
    return valueText((value as { result?: unknown }).result);
  if ('error' in value) return valueText(value.error);
  return '';
}

/** 15 significant digits, as Excel's General format: 0.1 + 0.2 shows as 0.3. */
function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}
