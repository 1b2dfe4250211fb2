import { isEventOfType, parseStreamId, type EventEnvelope } from '@pb/contracts';
import type { StarRatingRoundPublished } from '@pb/domain';
import {
  inspectionBatchProjection,
  type InspectionBatchView,
} from '../entities/inspection-batch.view';
import type { ReadModelStore, ViewDocument } from '../read-model-store.port';
import { memberStatus, societyStatus, type ComputedStatus } from './status.compute';
import { MEMBER_STATUS, SOCIETY_STATUS } from './status.documents';
import { REBUILD_RETRY, whileUnavailable } from '../store-retry';
import { WriteTally } from '../write-tally';
import { isDeepStrictEqual } from 'node:util';

/** Status views recomputed per unit of writes by recomputeAll. */
const RECOMPUTE_CHUNK = 200;
/**
 * Views computed side by side where the store's calls overlap: on a MongoDB-wire server
 * each view costs a dozen round trips. On SQLite one at a time.
 */
const AT_ONCE = 16;

const isPublication = isEventOfType<StarRatingRoundPublished>(['StarRatingRoundPublished']);

/** Runs `work` for every item, at most `atOnce` at a time; fails with the first failure. */
async function eachAtOnce<T>(
  items: readonly T[],
  atOnce: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
}

/** A rating's events that enter or leave every member's reviews to do. */
const RATING_EVENTS_FOR_EVERY_MEMBER = new Set(['SelfAssessmentSubmitted', 'StarsDecided']);

/** What a batch of events touched: the keys whose status views must be recomputed. */
export function touchedKeys(events: readonly EventEnvelope[]): {
  societyIds: Set<string>;
  memberIds: Set<string>;
  /** Batches whose inspectors' to-dos the events changed. */
  batchIds: Set<string>;
  /** Whether every member's to-dos changed: a round moved, a rating was self-assessed or left review. */
  everyMember: boolean;
} {
  const societyIds = new Set<string>();
  const memberIds = new Set<string>();
  const batchIds = new Set<string>();
  let everyMember = false;
  for (const event of events) {
    if (event.societyId) societyIds.add(event.societyId);
    for (const id of event.memberIds) memberIds.add(id);
    if (event.batchId) batchIds.add(event.batchId);
    const stream = parseStreamId(event.streamId);
    if (stream?.type === 'society') societyIds.add(stream.id);
    if (stream?.type === 'member') memberIds.add(stream.id);
    // A self-assessment counts too: on another partition it may arrive after the round
    // entered review, and it then joins every member's reviews to do.
    if (stream?.type === 'rating-round' || RATING_EVENTS_FOR_EVERY_MEMBER.has(event.type))
      everyMember = true;
    // Publication makes the decisions the societies' current stars.
    if (isPublication(event)) for (const id of event.data.societyIds) societyIds.add(id);
  }
  return { societyIds, memberIds, batchIds, everyMember };
}

/**
 * The level-2 status views, per society and per committee member. After each batch
 * the views of the keys the batch touched are recomputed from the level-1 documents,
 * not patched, so the order in which partitions deliver does not matter. Each is
 * written by compare-and-set on its version: a write that lost the race recomputes.
 */
export class StatusViews {
  constructor(
    private readonly views: ReadModelStore,
    private readonly written: WriteTally = new WriteTally(),
  ) {}

  private get atOnce(): number {
    return this.views.overlapsCalls ? AT_ONCE : 1;
  }

  async init(): Promise<void> {
    await this.views.ensureCollection(SOCIETY_STATUS);
    await this.views.ensureCollection(MEMBER_STATUS);
  }

  /** Recomputes every society's and every member's view: the end of a rebuild. */
  async recomputeAll(onProgress?: (done: number, total: number) => void): Promise<void> {
    const societies = await this.ids('societies');
    const members = await this.ids('members');
    const total = societies.length + members.length;
    let done = 0;
    const recomputeIn = async (
      collection: string,
      ids: readonly string[],
      compute: (views: ReadModelStore, id: string) => Promise<ComputedStatus<ViewDocument>>,
    ) => {
      // a unit of writes per chunk: on SQLite one transaction, not one per view
      for (let i = 0; i < ids.length; i += RECOMPUTE_CHUNK)
        await this.views.unitOfWork(() =>
          eachAtOnce(ids.slice(i, i + RECOMPUTE_CHUNK), this.atOnce, async (id) => {
            await whileUnavailable(
              () => this.writeWithRetry(collection, id, () => compute(this.views, id)),
              REBUILD_RETRY,
            );
            onProgress?.(++done, total);
          }),
        );
    };
    await recomputeIn(SOCIETY_STATUS.name, societies, societyStatus);
    await recomputeIn(MEMBER_STATUS.name, members, memberStatus);
  }

  /** Every document id of a collection. */
  private async ids(collection: string): Promise<string[]> {
    const out: string[] = [];
    let after: string | null = null;
    do {
      const page: { items: ViewDocument[]; next: string | null } = await this.views.find(
        collection,
        { limit: 1000, after },
      );
      out.push(...page.items.map((doc) => doc._id));
      after = page.next;
    } while (after);
    return out;
  }

  async recompute(events: readonly EventEnvelope[]): Promise<void> {
    await this.views.unitOfWork(() => this.recomputeTouched(events));
  }

  private async recomputeTouched(events: readonly EventEnvelope[]): Promise<void> {
    const { societyIds, memberIds, batchIds, everyMember } = touchedKeys(events);
    if (everyMember) for (const id of await this.ids('members')) memberIds.add(id);
    if (batchIds.size > 0)
      for (const batch of await this.views.getMany<InspectionBatchView>(
        inspectionBatchProjection.spec.name,
        [...batchIds],
      ))
        for (const id of batch.inspectorIds) memberIds.add(id);
    // Each view is its own compare-and-set, so they are computed side by side; the
    // members' after the societies', which they are built from.
    await eachAtOnce([...societyIds], this.atOnce, async (societyId) => {
      const liaisons = await this.writeWithRetry(SOCIETY_STATUS.name, societyId, () =>
        societyStatus(this.views, societyId),
      );
      for (const liaison of liaisons) memberIds.add(liaison);
    });
    await eachAtOnce([...memberIds], this.atOnce, (memberId) =>
      this.writeWithRetry(MEMBER_STATUS.name, memberId, () => memberStatus(this.views, memberId)),
    );
  }

  /**
   * Reads the version, computes, writes only if the version did not move; else again.
   * A view that comes out as it was is not written: it is read again instead, and is
   * done if its version did not move meanwhile (a read costs less than a write).
   */
  private async writeWithRetry(
    collection: string,
    id: string,
    compute: () => Promise<ComputedStatus<ViewDocument>>,
  ): Promise<readonly string[]> {
    for (let attempt = 0; ; attempt++) {
      const before = await this.views.get(collection, id);
      const { doc, liaisons = [] } = await compute();
      if (!doc) return liaisons;
      const version = before?._version ?? 0;
      const next = { ...doc, _id: id, _version: version };
      // Compared as stored: the stores keep JSON's values (no undefined).
      if (before && isDeepStrictEqual(JSON.parse(JSON.stringify(next)), before)) {
        if ((await this.views.get(collection, id))?._version === version) return liaisons;
      } else if (
        await this.views.putIfVersion(
          collection,
          { ...next, _version: version + 1 },
          before ? version : null,
        )
      ) {
        this.written.add(collection, 1);
        return liaisons;
      }
      if (attempt >= 5)
        throw new Error(`status view ${collection}/${id} kept changing under concurrent writers`);
    }
  }
}
