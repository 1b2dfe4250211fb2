/**
 * The file as a whole cannot be read as an arrangement table: not CSV or XLSX, no
 * header row, too many rows, or nothing in it. Row-level problems are not errors;
 * they are reported beside the rows that could be read.
 */
export class TableUnreadable extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TableUnreadable';
  }
}
