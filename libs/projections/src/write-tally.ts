/** Documents written per collection, counted as they are written and taken by whoever reports them. */
export type WrittenCounts = Readonly<Record<string, number>>;

/**
 * What a projector wrote since it was last asked: the documents per collection, so that
 * the cost of an event in writes can be watched (`pb_projection_documents_written_total`).
 */
export class WriteTally {
  private counts = new Map<string, number>();

  add(collection: string, documents: number): void {
    if (documents > 0) this.counts.set(collection, (this.counts.get(collection) ?? 0) + documents);
  }

  /** The counts since the last call, then starts again from zero. */
  take(): WrittenCounts {
    const taken = Object.fromEntries(this.counts);
    this.counts = new Map();
    return taken;
  }
}
