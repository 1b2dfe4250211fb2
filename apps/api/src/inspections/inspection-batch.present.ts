import { parsePopulationCriterion } from '@pb/domain';
import type { InspectionBatchView, InspectionCaseView } from '@pb/projections';
import type {
  InspectionBatchAnswer,
  InspectionBatchSummary,
} from './inspection-batch.response.dto';
import { caseProgress, type InspectionCaseProgress } from './inspection-case.present';

/** Where anyone finds how to rerun a draw from what the batch answers. */
export const DRAW_RERUN = {
  document: 'docs/inspection-draw.md',
  script: 'docs/inspection-draw.py',
  usage:
    'save `draw` (population in its stated order, sampleSize, seed, algorithm, societyIds) as JSON and run: python3 docs/inspection-draw.py < draw.json',
} as const;

type Counted = Omit<InspectionCaseProgress, 'state'>;
const COUNTED: readonly (keyof Counted)[] = [
  'visits',
  'findings',
  'majorFindings',
  'items',
  'reported',
  'accepted',
  'overdue',
];

/** The sample in its order: the drawn societies as drawn, then those added by name. */
export function sampleOf(view: InspectionBatchView) {
  const drawn = (view.draw?.societyIds ?? []).map((societyId, index) => ({
    societyId,
    how: 'drawn' as const,
    drawOrder: index + 1,
    reason: null,
    addedAt: null,
  }));
  const added = view.added.map(({ societyId, reason, addedAt }) => ({
    societyId,
    how: 'added' as const,
    drawOrder: null,
    reason,
    addedAt,
  }));
  return [...drawn, ...added];
}

/** The batch's board: the sample with each society's progress, and the totals. */
function progressOf(sample: readonly InspectionCaseProgress[]) {
  const totals = Object.fromEntries(
    COUNTED.map((key) => [key, sample.reduce((sum, one) => sum + one[key], 0)]),
  ) as Record<keyof Counted, number>;
  return {
    societies: sample.length,
    visited: sample.filter((one) => one.state !== 'not-visited').length,
    closed: sample.filter((one) => one.state === 'closed').length,
    ...totals,
  };
}

/**
 * A batch as clients see it: the plan, the draw with all a rerun needs, the sample (drawn,
 * then added with reasons), each sampled society's progress and the totals, `overdue` as
 * of `today` in the federation's time zone.
 */
export function presentBatch(
  view: InspectionBatchView,
  cases: readonly InspectionCaseView[],
  today: string,
): InspectionBatchAnswer {
  const bySociety = new Map(cases.map((one) => [one.societyId, one]));
  const sample = sampleOf(view).map((sampled) => ({
    ...sampled,
    ...caseProgress(bySociety.get(sampled.societyId), today),
  }));
  return {
    id: view.batchId,
    title: view.title,
    focus: view.focus,
    population: {
      criterion: parsePopulationCriterion(view.populationCriterion),
      recorded: view.populationCriterion,
    },
    inspectorIds: view.inspectorIds,
    sampleSize: view.plannedSampleSize,
    status: view.status,
    draw: view.draw && { ...view.draw, rerun: DRAW_RERUN },
    today,
    sample,
    progress: progressOf(sample),
    closedAt: view.closedAt,
    version: view.version,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
  };
}

/** A batch in a list: the plan and how far it has come, without the population. */
export function summariseBatch(view: InspectionBatchView): InspectionBatchSummary {
  return {
    id: view.batchId,
    title: view.title,
    focus: view.focus,
    status: view.status,
    sampleSize: view.plannedSampleSize,
    drawn: view.draw?.societyIds.length ?? 0,
    added: view.added.length,
    inspectorIds: view.inspectorIds,
    drawnAt: view.draw?.drawnAt ?? null,
    closedAt: view.closedAt,
    version: view.version,
  };
}
