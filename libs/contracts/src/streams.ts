/**
 * The kinds of stream; a stream id is `<type>-<uuid>`. No type is another's prefix
 * followed by `-` (hence `rating-round` and `inspection-case`, not `star-rating-round` and
 * `society-inspection`), so that a consumer may pick a kind of stream by its key's prefix.
 */
export const STREAM_TYPES = [
  'society',
  'member',
  'campaign',
  'lecture',
  'service-task',
  'seal',
  /** A star rating round (星级评定批次). */
  'rating-round',
  /** A society's star rating in one round. */
  'star-rating',
  /** An inspection batch (督导抽查批次). */
  'inspection-batch',
  /** The inspection of one society in one batch: visit, findings, rectification. */
  'inspection-case',
  /** One meeting of a society's party organisation (三会一课, 主题党日). */
  'organisational-life',
  /** A year's organisational-life requirement table; the stream id is derived from the year. */
  'life-requirements',
  /** A year's weights of the vitality score; the stream id is derived from the year. */
  'vitality-weights',
  /** A person who signs in: invitation, role, disabling; never a credential. */
  'account',
] as const;
export type StreamType = (typeof STREAM_TYPES)[number];

export function streamIdOf(type: StreamType, id: string): string {
  return `${type}-${id}`;
}

export function parseStreamId(streamId: string): { type: StreamType; id: string } | null {
  for (const type of STREAM_TYPES) {
    if (streamId.startsWith(`${type}-`)) return { type, id: streamId.slice(type.length + 1) };
  }
  return null;
}

/** The id within a stream id, e.g. `m1` of `member-m1`; throws on a stream of no known type. */
export function idInStream(streamId: string): string {
  const stream = parseStreamId(streamId);
  if (!stream) throw new Error(`${streamId} is not a stream id of a known type`);
  return stream.id;
}

const ID_KEYS_OF_MEMBERS = [
  'memberId',
  'liaisonId',
  'previousLiaisonId',
  'lecturerId',
  'reviewerId',
  'inspectorId',
] as const;
const LIST_KEYS_OF_MEMBERS = ['inspectorIds'] as const;

/**
 * The ids an event's data names, lifted into the envelope so that audit queries need no joins.
 * An instructor sent in who is a committee member is named by `memberId`.
 */
export interface TouchedIds {
  societyId: string | null;
  memberIds: string[];
  campaignId: string | null;
  /** Only on events of a star rating round or a society's rating in one. */
  roundId?: string;
  /** Only on events of an inspection batch or one of its societies' inspections. */
  batchId?: string;
}

/** The society, members, campaign, round and batch an event's data names. */
export function touchedIds(data: unknown): TouchedIds {
  const record = (data ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : null);
  const list = (key: string) =>
    Array.isArray(record[key])
      ? record[key].filter((id): id is string => typeof id === 'string')
      : [];
  const memberIds = [
    ...new Set([
      ...ID_KEYS_OF_MEMBERS.map(text).filter((id): id is string => id !== null),
      ...LIST_KEYS_OF_MEMBERS.flatMap(list),
    ]),
  ];
  const touched: TouchedIds = {
    societyId: text('societyId'),
    memberIds,
    campaignId: text('campaignId'),
  };
  const roundId = text('roundId');
  const batchId = text('batchId');
  if (roundId !== null) touched.roundId = roundId;
  if (batchId !== null) touched.batchId = batchId;
  return touched;
}
