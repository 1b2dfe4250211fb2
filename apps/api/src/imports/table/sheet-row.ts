/** One row of a CSV or a worksheet, every cell as the text a person sees in Excel. */
export interface SheetRow {
  /** 1-based, as Excel numbers it: a CSV record with a quoted line break is still one row. */
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

/** Spaces (ASCII and the full-width U+3000) do not make a cell filled. */
export function isBlank(text: string): boolean {
  return /^[\s\u3000]*$/u.test(text);
}

export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every(isBlank);
}
