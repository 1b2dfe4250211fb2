import type { CampaignState } from './campaign.state';

/** The 8 to 10 societies per liaison of the seeds: a target that warns, never refuses. */
export const LIAISON_TARGET = { min: 8, max: 10 } as const;

export interface AssignmentWarning {
  readonly code: 'ASSIGNMENT.LIAISON_BELOW_TARGET' | 'ASSIGNMENT.LIAISON_ABOVE_TARGET';
  readonly liaisonId: string;
  readonly societies: number;
  readonly message: string;
}

/** The 8-to-10 warnings for the liaisons an assignment change touched. */
export function liaisonWarnings(
  state: CampaignState,
  liaisonIds: readonly string[],
): AssignmentWarning[] {
  if (state.status === 'none') return [];
  const counts = new Map<string, number>();
  for (const liaison of Object.values(state.assignments))
    counts.set(liaison, (counts.get(liaison) ?? 0) + 1);
  const warnings: AssignmentWarning[] = [];
  for (const liaisonId of new Set(liaisonIds)) {
    const societies = counts.get(liaisonId) ?? 0;
    if (societies > LIAISON_TARGET.max)
      warnings.push({
        code: 'ASSIGNMENT.LIAISON_ABOVE_TARGET',
        liaisonId,
        societies,
        message: `liaison now has ${societies} societies, above the target of ${LIAISON_TARGET.min} to ${LIAISON_TARGET.max}`,
      });
    else if (societies < LIAISON_TARGET.min)
      warnings.push({
        code: 'ASSIGNMENT.LIAISON_BELOW_TARGET',
        liaisonId,
        societies,
        message: `liaison now has ${societies} societies, below the target of ${LIAISON_TARGET.min} to ${LIAISON_TARGET.max}`,
      });
  }
  return warnings;
}
