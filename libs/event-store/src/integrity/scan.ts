import type { StoredCommit } from '../commit';
import type { EventStore } from '../event-store.port';

/** How far a scan of the whole store has come, reported after each page. */
export interface ScanProgress {
  readonly commits: number;
  readonly streams: number;
}

export type OnScanProgress = (progress: ScanProgress) => void;

export const SCAN_PAGE = 1000;

/**
 * Visits every commit of the store, page by page, each stream's in seq order; returns
 * the number of commits. `streams` reports how many distinct streams the visitor knows.
 */
export async function scanCommits(
  store: EventStore,
  visit: (commit: StoredCommit) => void,
  streams: () => number,
  onProgress?: OnScanProgress,
): Promise<number> {
  let after: string | null = null;
  let commits = 0;
  for (;;) {
    const page = await store.readAll(after, SCAN_PAGE);
    for (const commit of page.commits) visit(commit);
    commits += page.commits.length;
    if (page.commits.length > 0) onProgress?.({ commits, streams: streams() });
    // A short page is the end: asking again would only cost a query that finds nothing.
    if (page.commits.length < SCAN_PAGE || page.next === null) return commits;
    after = page.next;
  }
}
