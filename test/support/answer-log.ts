/** One answer of the api as the client saw it: its status (0 when none came) and how long it took. */
export interface LoggedAnswer {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly ms: number;
  readonly at: number;
}

/**
 * Every request of the test file to `base` with its answer's status and time, to tell
 * what the clients were told during a fault (a 503, never a 500; soon, not never).
 * Returns the log and the undo.
 */
export function logAnswers(base: () => string): { answers: LoggedAnswer[]; undo: () => void } {
  const original = globalThis.fetch;
  const answers: LoggedAnswer[] = [];
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    const url = String(args[0] instanceof Request ? args[0].url : args[0]);
    if (!url.startsWith(base())) return original(...args);
    const method = args[1]?.method ?? 'GET';
    const path = url.slice(base().length);
    const started = Date.now();
    const log = (status: number) =>
      answers.push({ method, path, status, ms: Date.now() - started, at: started });
    try {
      const response = await original(...args);
      log(response.status);
      return response;
    } catch (error) {
      log(0);
      throw error;
    }
  };
  return {
    answers,
    undo: () => {
      globalThis.fetch = original;
    },
  };
}

/** The answers of commands under way at some time between `from` and `to`. */
export function commandsBetween(
  answers: readonly LoggedAnswer[],
  from: number,
  to = Infinity,
): LoggedAnswer[] {
  return answers.filter((a) => a.method === 'POST' && a.at + a.ms >= from && a.at < to);
}

/** The longest of the answers' times. */
export function slowest(answers: readonly LoggedAnswer[]): number {
  return Math.max(0, ...answers.map((a) => a.ms));
}

/** The median of the answers' times. */
export function medianMs(answers: readonly LoggedAnswer[]): number {
  const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
