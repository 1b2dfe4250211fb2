import { DomainError } from '@pb/domain';
import { ReportInputIncomplete } from './report-input-incomplete';

/**
 * A live report whose views do not yet show a society its records name: the read side is
 * still applying the latest events. Answered 503 with Retry-After, so that the caller
 * asks again in a moment rather than get a report that drops or cannot name the society.
 */
export class ReportViewsBehind extends DomainError {
  readonly kind = 'unavailable' as const;

  constructor(cause: ReportInputIncomplete) {
    super(
      'REPORT.VIEWS_BEHIND',
      `the read models are catching up with the latest events (${cause.message}); retry shortly`,
    );
  }
}

/** A live report's computation, refused with 503 when its views lag behind the records. */
export function computedLive<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ReportInputIncomplete) throw new ReportViewsBehind(error);
    throw error;
  }
}

/** The 503 of a live report, besides the store's and the api's own. */
export const VIEWS_BEHIND_503 =
  'REPORT.VIEWS_BEHIND: 读模型仍在追赶最新事件，请按 Retry-After 稍后重试; or STORE.UNAVAILABLE, API.OVERLOADED';
