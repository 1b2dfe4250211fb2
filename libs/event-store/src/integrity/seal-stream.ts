import { streamIdOf } from '@pb/contracts';

/** Seal streams hold the seals themselves: they are not sealed, or a seal would seal itself. */
export const SEAL_STREAM_PREFIX = 'seal-';

export function sealStreamId(federationId: string): string {
  return streamIdOf('seal', federationId);
}

export function isSealStream(streamId: string): boolean {
  return streamId.startsWith(SEAL_STREAM_PREFIX);
}
