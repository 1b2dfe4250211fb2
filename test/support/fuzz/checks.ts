import type { EventStore } from '@pb/event-store';
import type { Answer } from './requests';

/** What is wrong with an answer, whatever was asked: a 5xx (but 503), or an error that is no RFC 9457 problem. */
export function answerViolations(answer: Answer): string[] {
  const { status } = answer;
  const problems: string[] = [];
  if (status >= 500 && status !== 503) problems.push(`answered ${status}`);
  if (status < 400) return problems;
  if (!answer.contentType.startsWith('application/problem+json'))
    problems.push(
      `error answer with content type "${answer.contentType}", not application/problem+json`,
    );
  const body = answer.body as Record<string, unknown> | null;
  if (typeof body !== 'object' || body === null)
    return [...problems, 'error answer without a JSON object body'];
  if (typeof body.code !== 'string' || body.code === '') problems.push('problem without a code');
  if (body.status !== status)
    problems.push(`problem status ${String(body.status)} on an HTTP ${status}`);
  if (status === 400 && (typeof body.field !== 'string' || body.field === ''))
    problems.push('400 problem naming no field');
  return problems;
}

/**
 * Follows the event store's global order (`readAll`) from where it last stopped, so each
 * call costs only the commits made since: the number it returns is exactly the commits
 * appended in between, as commits are never deleted or rewritten.
 */
export class CommitTail {
  private after: string | null = null;
  total = 0;

  constructor(private readonly store: EventStore) {}

  async advance(): Promise<number> {
    let added = 0;
    for (;;) {
      const page = await this.store.readAll(this.after, 500);
      added += page.commits.length;
      if (page.commits.length > 0 && page.next !== null) this.after = page.next;
      if (page.commits.length < 500) break;
    }
    this.total += added;
    return added;
  }

  /** Every commit counted from the start: the cross-check of the running total. */
  static async countAll(store: EventStore): Promise<number> {
    let after: string | null = null;
    let count = 0;
    for (;;) {
      const page = await store.readAll(after, 1000);
      count += page.commits.length;
      if (page.commits.length < 1000 || page.next === null) return count;
      after = page.next;
    }
  }
}

/** The figures the summary line quotes. */
export class Tally {
  operations = 0;
  requests = 0;
  readonly byClass: Record<string, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  readonly byStatus: Record<number, number> = {};
  serverErrors = 0;
  writesOnError = 0;
  commitsWritten = 0;
  validSent = 0;
  validAccepted = 0;

  count(status: number, written: number, intent: string, writeOnError: boolean): void {
    this.requests++;
    const cls = `${Math.floor(status / 100)}xx`;
    this.byClass[cls] = (this.byClass[cls] ?? 0) + 1;
    this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
    if (status >= 500 && status !== 503) this.serverErrors++;
    if (writeOnError) this.writesOnError++;
    this.commitsWritten += written;
    if (intent === 'valid') {
      this.validSent++;
      if (status < 300) this.validAccepted++;
    }
  }

  summary(seed: number, runs: number): string {
    const classes = Object.entries(this.byClass)
      .map(([cls, n]) => {
        const statuses = Object.entries(this.byStatus)
          .filter(([status]) => status[0] === cls[0])
          .map(([status, count]) => `${status}: ${count}`);
        return statuses.length ? `${cls} ${n} (${statuses.join(', ')})` : `${cls} ${n}`;
      })
      .join(', ');
    return (
      `fuzz summary: ${this.operations} operations fuzzed, ${this.requests} requests sent ` +
      `(${runs} runs each, seed ${seed}; shrinking included); answers ${classes}; ` +
      `fully valid inputs ${this.validSent} (${this.validAccepted} accepted); ` +
      `${this.commitsWritten} commits written; 500s ${this.serverErrors}; writes on error ${this.writesOnError}`
    );
  }
}
