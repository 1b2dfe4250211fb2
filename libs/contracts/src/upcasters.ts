import type { EventEnvelope } from './envelope';

/** Takes an event's data from one schema version to the next; returns new data, never edits. */
type Upcaster = (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** The step of a version that only widens what a field may hold. */
const sameData: Upcaster = (data) => ({ ...data });

/** 发文单位, 发文日期 and 文号 were not kept before version 2: none was recorded. */
const noIssuance: Upcaster = (data) => ({
  ...data,
  issuedBy: null,
  issuedOn: null,
  documentNumber: null,
});

/** A version-1 evidence reference, a text naming a file never kept, as a version-2 entry. */
function referenceOnly(reference: unknown) {
  return { sha256: null, name: String(reference), mediaType: null, size: null };
}

/** v2 records each evidence file as {sha256, name, mediaType, size}; v1 held texts only. */
const evidenceFiles: Upcaster = (data) => ({
  ...data,
  evidence: Array.isArray(data.evidence) ? data.evidence.map(referenceOnly) : [],
});

/**
 * Per event type, the steps from version 1 upwards: step `i` takes version `i + 1` to
 * `i + 2`. Raising a type's version means appending a step here; stored events are never
 * rewritten, since their hashes cover what was stored.
 */
const UPCASTERS: Readonly<Record<string, readonly Upcaster[]>> = {
  // v2 adds 学会简称; a society registered before it was registered without one.
  SocietyRegistered: [(data) => ({ ...data, shortName: null })],
  // v2 names the seat (council or secretariat) and whether there are 党小组. A v1 record was
  // the society's one organisation: `seat: null` keeps that meaning (see seatOrganisation).
  PartyOrganisationRecorded: [(data) => ({ ...data, seat: null, groups: false })],
  // v2 adds the format `hybrid` (线上线下结合) and changes nothing else: v1 data is valid v2
  // data as it is. The version is raised so that a strict v1 consumer meets no new value.
  LectureScheduled: [sameData],
  LectureRescheduled: [sameData],
  // v2 adds the directive's 发文单位, 发文日期 and 文号. An amendment read with nulls changed
  // none of them (see issuanceAfterAmendment in @pb/domain).
  CampaignDrafted: [noIssuance],
  CampaignAmended: [noIssuance],
  // v2 says how the rating was reached and lets it be the mean of the people's ballots; a
  // v1 evaluation was reported by the society.
  ServiceTaskEvaluated: [(data) => ({ ...data, method: 'reported' })],
  // v2 names files the system keeps instead of references to files kept elsewhere; a v1
  // reference stays a reference (sha256: null), since no file was ever received for it.
  LectureDelivered: [evidenceFiles],
  LectureDeliveryRevised: [evidenceFiles],
  RectificationReported: [evidenceFiles],
  OrganisationalLifeRecorded: [evidenceFiles],
  OrganisationalLifeCorrected: [evidenceFiles],
  SelfAssessmentSubmitted: [
    (data) => ({
      ...data,
      items: Array.isArray(data.items)
        ? data.items.map((item: Readonly<Record<string, unknown>>) => evidenceFiles(item))
        : data.items,
    }),
  ],
};

/**
 * The version each event type is written with: one more than its steps. Derived from the
 * steps so that writers and readers cannot disagree on what "current" means.
 */
export const SCHEMA_VERSIONS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(UPCASTERS).map(([type, steps]) => [type, steps.length + 1]),
);

/**
 * An event as this release reads it: an older version is raised step by step to the
 * current one. A type without steps, an event already current, and one newer than this
 * release knows come back as they are (the same object). The input is never changed.
 */
export function upcast(envelope: EventEnvelope): EventEnvelope {
  const steps = UPCASTERS[envelope.type];
  const from = envelope.schemaVersion;
  if (!steps || !Number.isInteger(from) || from < 1 || from > steps.length) return envelope;
  let data = (envelope.data ?? {}) as Readonly<Record<string, unknown>>;
  for (const step of steps.slice(from - 1)) data = step(data);
  return { ...envelope, schemaVersion: steps.length + 1, data };
}
