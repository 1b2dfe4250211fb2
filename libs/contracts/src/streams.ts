/** The kinds of stream; a stream id is `<type>-<uuid>`. */
export const STREAM_TYPES = [
  'society',
  'member',
  'campaign',
  'lecture',
  'service-task',
  'seal',
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

const ID_KEYS_OF_MEMBERS = ['memberId', 'liaisonId', 'previousLiaisonId', 'lecturerId'] as const;

/** The society, members and campaign an event's data names, lifted into the envelope. */
export function touchedIds(data: unknown): {
  societyId: string | null;
  memberIds: string[];
  campaignId: string | null;
} {
  const record = (data ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : null);
  const memberIds = [
    ...new Set(ID_KEYS_OF_MEMBERS.map(text).filter((id): id is string => id !== null)),
  ];
  return { societyId: text('societyId'), memberIds, campaignId: text('campaignId') };
}
