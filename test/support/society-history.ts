import type { EventEnvelope } from '@pb/contracts';
import type { DomainEvent } from '@pb/domain';
import { GENESIS_HASH, type EventStore, type StoredCommit } from '@pb/event-store';

/** A society renamed twice, then its party organisation recorded. */
export function societyHistory(societyId: string): DomainEvent[] {
  return [
    {
      type: 'SocietyRegistered',
      data: { societyId, name: '甲学会', kind: 'society', creditCode: null },
    },
    {
      type: 'SocietyRenamed',
      data: { societyId, name: '乙学会', previousName: '甲学会', reason: null },
    },
    {
      type: 'SocietyRenamed',
      data: { societyId, name: '丙学会', previousName: '乙学会', reason: '合并' },
    },
    {
      type: 'PartyOrganisationRecorded',
      data: {
        societyId,
        form: 'branch',
        secretary: '李红',
        memberCount: 12,
        establishedOn: '2020-01-01',
      },
    },
  ];
}

/**
 * Appends a society's history to `store`, one commit per event, stored at schema
 * version 1 (as releases before 学会简称 wrote them), on consecutive days of January 2026.
 */
export async function appendSocietyHistory(
  store: EventStore,
  societyId: string,
  history: readonly DomainEvent[],
): Promise<StoredCommit[]> {
  const streamId = `society-${societyId}`;
  const commits: StoredCommit[] = [];
  let prevHash = GENESIS_HASH;
  for (const [i, event] of history.entries()) {
    const seq = i + 1;
    const at = `2026-01-0${seq}T00:00:00.000Z`;
    const envelope: EventEnvelope = {
      eventId: `e${seq}`,
      type: event.type,
      schemaVersion: 1,
      streamId,
      seq,
      index: 0,
      occurredAt: at,
      recordedAt: at,
      actor: 'a',
      correlationId: 'c',
      causationId: `k${seq}`,
      federationId: 'default',
      commandId: `k${seq}`,
      societyId,
      memberIds: [],
      campaignId: null,
      data: event.data,
    };
    const stored = await store.append({
      streamId,
      seq,
      commandId: `k${seq}`,
      commandType: 'x',
      actor: 'a',
      recordedAt: at,
      events: [envelope],
      prevHash,
    });
    commits.push(stored);
    prevHash = stored.hash;
  }
  return commits;
}
