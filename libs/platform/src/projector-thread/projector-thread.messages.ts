import type { EventEnvelope } from '@pb/contracts';
import type { WrittenCounts } from '@pb/projections';

/** What the projector thread is started with. */
export interface ProjectorThreadData {
  readonly eventsFile: string;
  readonly viewsFile: string;
}

export type ToProjectorThread =
  | { readonly kind: 'apply'; readonly id: number; readonly events: readonly EventEnvelope[] }
  | { readonly kind: 'close' };

export type FromProjectorThread =
  | { readonly kind: 'ready' }
  | { readonly kind: 'applied'; readonly id: number; readonly written: WrittenCounts }
  | { readonly kind: 'failed'; readonly id: number | null; readonly message: string };
