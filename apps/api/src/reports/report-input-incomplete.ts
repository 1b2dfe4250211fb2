/**
 * The read models handed to the report leave out a society or a liaison that a current
 * assignment (or another record the report counts) names. A report that skipped the row would silently lose a society, so it
 * refuses instead; the message names ids only, never people's names.
 */
export class ReportInputIncomplete extends Error {
  readonly code = 'REPORT.INPUT_INCOMPLETE';

  constructor(
    readonly missingSocieties: readonly string[],
    readonly missingMembers: readonly string[],
    namedBy = 'current assignments',
  ) {
    const parts = [
      missingSocieties.length > 0 ? `societies ${missingSocieties.join(', ')}` : null,
      missingMembers.length > 0 ? `members ${missingMembers.join(', ')}` : null,
    ].filter((part) => part !== null);
    super(`the report input lacks ${parts.join(' and ')} named by ${namedBy}`);
    this.name = 'ReportInputIncomplete';
  }
}
