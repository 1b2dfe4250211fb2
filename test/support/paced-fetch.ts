/**
 * Delays every fetch of the test file (the load's and the probes') by `ms`; returns the
 * undo. Unpaced, a few clients outrun the relay and the projector on a 2-core machine,
 * and every recovery would wait for a growing backlog.
 */
export function paceRequests(ms: number): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return original(...args);
  };
  return () => {
    globalThis.fetch = original;
  };
}
