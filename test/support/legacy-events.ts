import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@pb/contracts';
import { GENESIS_HASH, type StoredCommit } from '@pb/event-store';
import type { Api } from '../../apps/api/src/bootstrap';

/** One event as an older release stored it, straight into the api's event store. */
async function appendLegacy(
  api: Api,
  at: { streamId: string; seq: number; prevHash: string; societyId: string },
  event: { type: string; commandType: string; data: Record<string, unknown> },
): Promise<StoredCommit> {
  const recordedAt = new Date().toISOString();
  const commandId = randomUUID();
  const envelope: EventEnvelope = {
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: 1,
    streamId: at.streamId,
    seq: at.seq,
    index: 0,
    occurredAt: recordedAt,
    recordedAt,
    actor: 'office-legacy',
    correlationId: randomUUID(),
    causationId: commandId,
    federationId: api.runtime.config.federationId,
    commandId,
    societyId: at.societyId,
    memberIds: [],
    campaignId: null,
    data: event.data,
  };
  return api.runtime.infra.store.append({
    streamId: at.streamId,
    seq: at.seq,
    commandId,
    commandType: event.commandType,
    actor: 'office-legacy',
    recordedAt,
    events: [envelope],
    prevHash: at.prevHash,
  });
}

/**
 * Appends a SocietyRegistered as releases before 学会简称 wrote it: schema version 1,
 * no shortName, straight into the api's event store.
 */
export function appendSocietyRegisteredV1(
  api: Api,
  society: { societyId: string; name: string; kind: string },
): Promise<StoredCommit> {
  const { societyId } = society;
  return appendLegacy(
    api,
    { streamId: `society-${societyId}`, seq: 1, prevHash: GENESIS_HASH, societyId },
    {
      type: 'SocietyRegistered',
      commandType: 'RegisterSociety',
      data: { ...society, creditCode: null },
    },
  );
}

/**
 * Appends, after a society's registration, a PartyOrganisationRecorded as releases before
 * seats wrote it: schema version 1, no seat and no groups.
 */
export function appendPartyOrganisationRecordedV1(
  api: Api,
  registered: StoredCommit,
  societyId: string,
  organisation: { form: string; secretary: string | null },
): Promise<StoredCommit> {
  return appendLegacy(
    api,
    {
      streamId: registered.streamId,
      seq: registered.seq + 1,
      prevHash: registered.hash,
      societyId,
    },
    {
      type: 'PartyOrganisationRecorded',
      commandType: 'RecordPartyOrganisation',
      data: { societyId, ...organisation, memberCount: null, establishedOn: null },
    },
  );
}
