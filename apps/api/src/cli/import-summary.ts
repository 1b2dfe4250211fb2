import type { ImportReport } from '../imports/import-report';

/** Rows the file refused, each once however many problems it has. */
export function refusedRows(report: ImportReport): number {
  return new Set(report.rejected.map((problem) => problem.rowNumber)).size;
}

/**
 * The import report as the command prints it: the counts first, then every refused
 * row with its reasons (the report's own Chinese messages), the assignments the file
 * leaves out (kept) and the liaisons' warnings.
 */
export function importSummary(report: ImportReport, file: string, took: string): string[] {
  const refused = refusedRows(report);
  const read = report.encoding ? `${report.format}, ${report.encoding}` : report.format;
  const lines = [
    `import: ${file} (${read}): ${report.accepted + refused} rows, ${report.accepted} accepted, ${refused} refused; ${took}`,
    `  assignments: ${report.assigned} created, ${report.moved} moved, ${report.unchanged} unchanged`,
    `  registered: ${report.membersRegistered} members, ${report.societiesRegistered} societies; ${report.positionsChanged} positions changed`,
  ];
  if (report.rejected.length > 0) {
    lines.push(`  refused rows (${refused}):`);
    for (const problem of report.rejected)
      lines.push(
        `    ${problem.code}${problem.column ? ` [${problem.column}]` : ''}: ${problem.message}`,
      );
  }
  if (report.missingFromFile.length > 0) {
    lines.push(`  assignments not in the file, kept (${report.missingFromFile.length}):`);
    for (const missing of report.missingFromFile)
      lines.push(
        `    ${missing.societyName ? `${missing.societyName} (${missing.societyId})` : missing.societyId}, liaison ${missing.liaisonId}`,
      );
  }
  if (report.warnings.length > 0) {
    lines.push(`  warnings (${report.warnings.length}):`);
    for (const warning of report.warnings) lines.push(`    ${warning.code}: ${warning.message}`);
  }
  lines.push(
    refused === 0
      ? 'import: OK, every row applied'
      : `import: ${refused} row(s) refused, the others applied`,
  );
  return lines;
}
