import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@pb/contracts';
import { GENESIS_HASH, type StoredCommit } from '@pb/event-store';
import type { Api } from '../../apps/api/src/bootstrap';

/**
 * Appends a SocietyRegistered as releases before 学会简称 wrote it: schema version 1,
 * no shortName, straight into the api's event store.
 */
export async function appendSocietyRegisteredV1(
  api: Api,
  society: { societyId: string; name: string; kind: string },
): Promise<StoredCommit> {
  const { societyId } = society;
  const streamId = `society-${societyId}`;
  const recordedAt = new Date().toISOString();
  const commandId = randomUUID();
  const event: EventEnvelope = {
    eventId: randomUUID(),
    type: 'SocietyRegistered',
    schemaVersion: 1,
    streamId,
    seq: 1,
    index: 0,
    occurredAt: recordedAt,
    recordedAt,
    actor: 'office-legacy',
    correlationId: randomUUID(),
    causationId: commandId,
    federationId: api.runtime.config.federationId,
    commandId,
    societyId,
    memberIds: [],
    campaignId: null,
    data: { ...society, creditCode: null },
  };
  return api.runtime.infra.store.append({
    streamId,
    seq: 1,
    commandId,
    commandType: 'RegisterSociety',
    actor: 'office-legacy',
    recordedAt,
    events: [event],
    prevHash: GENESIS_HASH,
  });
}
