import { compareChinese, compareCodeUnits, rate, sum } from '@pb/common';
import { isRectificationOverdue, type FindingSeverity } from '@pb/domain';
import type { InspectionBatchView, InspectionCaseView } from '@pb/projections';
import { sampleOf } from '../inspections/inspection-batch.present';
import { caseProgress } from '../inspections/inspection-case.present';
import { dateIn, daysBetween, type ReportMoment } from '../reports/report-clock';
import type {
  BatchReport,
  BatchReportInput,
  CategoryFindings,
  FindingCounts,
  OverdueItemRow,
  RectificationFigures,
  SampleRow,
} from './batch-report';

/**
 * An inspection batch's report, computed from level-1 read models. Pure: the views must
 * already reflect the as-of moment; `asOf` only sets the day overdue is read against.
 */
export function computeBatchReport(input: BatchReportInput, options: ReportMoment): BatchReport {
  const { batch } = input;
  const asOfDate = dateIn(options.asOf, options.timeZone);
  const sampled = sampleOf(batch);
  // Adding a society by hand names an id the register need not know: such a row has no name.
  const names = new Map(input.societies.map((society) => [society.societyId, society.name]));
  const nameOf = (societyId: string) => names.get(societyId) ?? null;
  // Only the sample's inspections: the input should hold no others, and a careless caller
  // must not change the figures.
  const bySociety = new Map(
    input.cases.filter((one) => one.batchId === batch.batchId).map((one) => [one.societyId, one]),
  );
  const cases = sampled.flatMap(({ societyId }) => bySociety.get(societyId) ?? []);
  const sample = sampled.map(({ societyId, how, drawOrder, reason }): SampleRow => {
    const { reported: _waiting, ...progress } = caseProgress(bySociety.get(societyId), asOfDate);
    return { societyId, name: nameOf(societyId), how, drawOrder, reason, ...progress };
  });
  const findings = cases.flatMap((one) => one.findings);
  return {
    batch: summaryOf(batch),
    asOf: options.asOf.toISOString(),
    asOfDate,
    sample,
    findings: { ...countOf(findings), byCategory: byCategory(findings) },
    rectification: rectificationOf(cases, asOfDate),
    overdue: overdueItems(cases, nameOf, asOfDate),
  };
}

function summaryOf(batch: InspectionBatchView): BatchReport['batch'] {
  const { draw } = batch;
  return {
    id: batch.batchId,
    title: batch.title,
    focus: batch.focus,
    status: batch.status,
    plannedSampleSize: batch.plannedSampleSize,
    inspectorIds: batch.inspectorIds,
    draw: draw && {
      populationSize: draw.population.length,
      sampleSize: draw.sampleSize,
      seed: draw.seed,
      algorithm: draw.algorithm,
      drawnAt: draw.drawnAt,
    },
    closedAt: batch.closedAt,
  };
}

function countOf(findings: readonly { severity: FindingSeverity }[]): FindingCounts {
  const minor = findings.filter((finding) => finding.severity === 'minor').length;
  const major = findings.filter((finding) => finding.severity === 'major').length;
  return { minor, major, total: findings.length };
}

/** Every category found, in zh-CN order. */
function byCategory(
  findings: readonly { category: string; severity: FindingSeverity }[],
): CategoryFindings[] {
  const categories = [...new Set(findings.map((finding) => finding.category))].sort(compareChinese);
  return categories.map((category) => ({
    category,
    ...countOf(findings.filter((finding) => finding.category === category)),
  }));
}

function rectificationOf(
  cases: readonly InspectionCaseView[],
  asOfDate: string,
): RectificationFigures {
  const items = cases.flatMap((one) => one.items);
  const counted = (status: string) => items.filter((item) => item.status === status).length;
  const accepted = counted('accepted');
  return {
    items: items.length,
    open: counted('open'),
    reported: counted('reported'),
    returned: counted('returned'),
    accepted,
    rate: rate(accepted, items.length),
    overdue: sum(cases, (one) => caseProgress(one, asOfDate).overdue),
  };
}

function overdueItems(
  cases: readonly InspectionCaseView[],
  nameOf: (societyId: string) => string | null,
  asOfDate: string,
): OverdueItemRow[] {
  const rows = cases.flatMap((one) =>
    one.items.flatMap((item): OverdueItemRow[] => {
      if (item.status === 'accepted' || !isRectificationOverdue(item, asOfDate)) return [];
      // The decider adds an item only to a recorded finding: the fallbacks never show.
      const finding = one.findings.find((candidate) => candidate.findingId === item.findingId);
      return [
        {
          societyId: one.societyId,
          societyName: nameOf(one.societyId),
          findingId: item.findingId,
          category: finding?.category ?? '',
          finding: finding?.description ?? '',
          severity: finding?.severity ?? 'minor',
          itemId: item.itemId,
          action: item.action,
          dueOn: item.dueOn,
          daysOverdue: daysBetween(item.dueOn, asOfDate),
          status: item.status,
        },
      ];
    }),
  );
  // The longest overdue first: that is who gets the call; then by society as people read.
  return rows.sort(
    (a, b) =>
      b.daysOverdue - a.daysOverdue ||
      compareChinese(a.societyName ?? '', b.societyName ?? '') ||
      compareCodeUnits(a.itemId, b.itemId),
  );
}
