import { compareChinese, compareCodeUnits, rate, sum } from '@pb/common';
import type { MemberPosition } from '@pb/domain';
import type { LiaisonRow, ReportMember, SocietyRow } from './campaign-report';

/** The order committee documents list their members in: by office, experts last. */
const COMMITTEE_RANK: Readonly<Record<MemberPosition, number>> = {
  secretary: 0,
  'deputy-secretary': 1,
  'discipline-member': 2,
  member: 3,
  expert: 4,
};

/** Members as committee documents list them: by office, then in zh-CN order, ties by id. */
export function compareInCommittee(
  a: Pick<ReportMember, 'memberId' | 'name' | 'position'>,
  b: Pick<ReportMember, 'memberId' | 'name' | 'position'>,
): number {
  return (
    COMMITTEE_RANK[a.position] - COMMITTEE_RANK[b.position] ||
    compareChinese(a.name, b.name) ||
    compareCodeUnits(a.memberId, b.memberId)
  );
}

/** A liaison's figures are those of the societies they liaise with now, whoever lectured. */
export function liaisonRows(
  rows: readonly SocietyRow[],
  members: ReadonlyMap<string, ReportMember>,
): LiaisonRow[] {
  const byLiaisonId = new Map<string, SocietyRow[]>();
  for (const row of rows) {
    const own = byLiaisonId.get(row.liaisonId);
    if (own === undefined) byLiaisonId.set(row.liaisonId, [row]);
    else own.push(row);
  }
  return [...byLiaisonId]
    .map(([memberId, own]): LiaisonRow => {
      const member = members.get(memberId) as ReportMember;
      const covered = own.filter((r) => r.lecturesDelivered > 0).length;
      return {
        memberId,
        name: member.name,
        position: member.position,
        societies: own.length,
        covered,
        coverage: rate(covered, own.length),
        lecturesDelivered: sum(own, (r) => r.lecturesDelivered),
        lecturesConfirmed: sum(own, (r) => r.lecturesConfirmed),
        audience: sum(own, (r) => r.audience),
        tasksAccepted: sum(own, (r) => r.tasksAccepted),
        overdueTasks: sum(own, (r) => r.overdueTasks),
      };
    })
    .sort(compareInCommittee);
}

/**
 * Society rows grouped by liaison, the liaisons in committee order, each group's
 * societies in the order given (zh-CN).
 */
export function byLiaison(
  rows: readonly SocietyRow[],
  liaisons: readonly LiaisonRow[],
): SocietyRow[] {
  const rank = new Map(liaisons.map((l, i) => [l.memberId, i]));
  // Array.prototype.sort is stable: each group keeps the rows' zh-CN order.
  return [...rows].sort((a, b) => (rank.get(a.liaisonId) ?? 0) - (rank.get(b.liaisonId) ?? 0));
}
