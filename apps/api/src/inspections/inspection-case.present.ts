import { isRectificationOverdue } from '@pb/domain';
import type { InspectionCaseView } from '@pb/projections';
import type { SocietyInspectionAnswer } from './society-inspection.response.dto';

/** Where a sampled society's inspection stands; `not-visited` until its first visit. */
export type InspectionCaseState = 'not-visited' | 'open' | 'closed';

/** A society's inspection in figures, as the batch's board shows it. */
export interface InspectionCaseProgress {
  readonly state: InspectionCaseState;
  readonly visits: number;
  readonly findings: number;
  readonly majorFindings: number;
  readonly items: number;
  /** Reported done by the society and waiting for an inspector. */
  readonly reported: number;
  readonly accepted: number;
  /** Not accepted by the due date, as of `today` in the federation's time zone. */
  readonly overdue: number;
}

export function caseProgress(
  view: InspectionCaseView | undefined,
  today: string,
): InspectionCaseProgress {
  const items = view?.items ?? [];
  const findings = view?.findings ?? [];
  return {
    state: view?.status ?? 'not-visited',
    visits: view?.visits.length ?? 0,
    findings: findings.length,
    majorFindings: findings.filter((finding) => finding.severity === 'major').length,
    items: items.length,
    reported: items.filter((item) => item.status === 'reported').length,
    accepted: items.filter((item) => item.status === 'accepted').length,
    overdue: items.filter((item) => isRectificationOverdue(item, today)).length,
  };
}

/**
 * One society's inspection as clients see it: visits, findings with their items, each item
 * with `overdue` computed now. A sampled society not yet visited has no view: it reads as
 * `not-visited` with nothing recorded.
 */
export function presentCase(
  view: InspectionCaseView | undefined,
  subject: { readonly batchId: string; readonly societyId: string },
  today: string,
): SocietyInspectionAnswer {
  const items = (view?.items ?? []).map((item) => ({
    ...item,
    overdue: isRectificationOverdue(item, today),
  }));
  const { state, ...progress } = caseProgress(view, today);
  return {
    id: view?.inspectionId ?? null,
    batchId: subject.batchId,
    societyId: subject.societyId,
    today,
    state,
    progress,
    visits: view?.visits ?? [],
    findings: (view?.findings ?? []).map((finding) => ({
      ...finding,
      items: items.filter((item) => item.findingId === finding.findingId),
    })),
    items,
    closedAt: view?.closedAt ?? null,
    version: view?.version ?? 0,
    createdAt: view?.createdAt ?? null,
    updatedAt: view?.updatedAt ?? null,
  };
}
