import type { FastifyReply } from 'fastify';
import { toCsv } from '../imports/table';
import type { Table } from './report-table';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends a file as a download named in Chinese: `filename*` carries the name (RFC 6266),
 * `filename` an ASCII fallback for clients that do not read it.
 */
export function download(
  reply: FastifyReply,
  contentType: string,
  name: string,
  fallback: string,
): void {
  void reply
    .header('Content-Type', contentType)
    .header(
      'Content-Disposition',
      `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
}

/** A report's downloads: its per-society table as CSV and its whole workbook. */
export interface ReportFiles<R> {
  /** The file name people see, without its extension, e.g. 工作进展报告-2026-07-01. */
  readonly name: (report: R) => string;
  /** The ASCII name for clients that cannot read the Chinese one, without its extension. */
  readonly fallback: string;
  readonly csv: (report: R) => Buffer;
  readonly xlsx: (report: R) => Promise<Buffer>;
}

/** The report as asked for: JSON as it is, or one of its files as a download. */
export function reportAs<R>(
  reply: FastifyReply,
  format: 'json' | 'csv' | 'xlsx' | undefined,
  report: R,
  files: ReportFiles<R>,
): R | Buffer | Promise<Buffer> {
  if (format === 'csv') {
    download(
      reply,
      'text/csv; charset=utf-8',
      `${files.name(report)}.csv`,
      `${files.fallback}.csv`,
    );
    return files.csv(report);
  }
  if (format === 'xlsx') {
    download(reply, XLSX, `${files.name(report)}.xlsx`, `${files.fallback}.xlsx`);
    return files.xlsx(report);
  }
  return report;
}

/** One of a report's tables as CSV for Excel: UTF-8 with a BOM, CRLF. */
export const tableCsv =
  <R>(table: (report: R) => Table) =>
  (report: R): Buffer => {
    const { headers, rows } = table(report);
    return toCsv(headers, rows);
  };
