/** How many streams the relay remembers; the least recently published go first. */
const MAX_STREAMS = 20_000;

/**
 * The last seq this process published of each stream it published lately, so that the
 * relay need not ask the store whether a stream's previous commit went out. Forgetting a
 * stream costs one look at the store, never a wrong answer.
 */
export class PublishedHeads {
  private readonly heads = new Map<string, number>();

  /** Whether commit `seq` of the stream, and so every one before it, was published here. */
  has(streamId: string, seq: number): boolean {
    return (this.heads.get(streamId) ?? 0) >= seq;
  }

  /** Records a published commit by its id, `<streamId>:<seq>`. */
  add(commitId: string): void {
    const at = commitId.lastIndexOf(':');
    const streamId = commitId.slice(0, at);
    const seq = Number(commitId.slice(at + 1));
    const head = Math.max(this.heads.get(streamId) ?? 0, seq);
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > MAX_STREAMS) this.heads.delete(this.heads.keys().next().value as string);
  }
}
