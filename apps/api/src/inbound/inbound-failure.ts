import { DomainError } from '@pb/domain';
import type { DeadLetterReason } from './dead-letter';

/** Attempts an unexpected (non-domain) error gets before its message is dead-lettered. */
export const UNEXPECTED_ATTEMPTS = 5;

/** What to do with a message whose command failed: try it again later, or dead-letter it. */
export type Verdict =
  | { readonly retry: true; readonly code: string }
  | { readonly retry: false; readonly reason: DeadLetterReason };

/**
 * A store or broker that cannot be reached, and a write that lost a race, pass: the
 * message is tried again and its offset is not committed, so nothing is lost. A refusal
 * of the domain (invalid, not found, conflict, broken rule) would be refused again: it
 * goes to the dead-letter topic. An unexpected error is retried a few times first.
 */
export function verdictOf(error: unknown, attempt: number): Verdict {
  if (error instanceof DomainError) {
    if (error.kind === 'unavailable' || error.code === 'STREAM.CONCURRENT_WRITE')
      return { retry: true, code: error.code };
    return {
      retry: false,
      reason: {
        code: error.code,
        message: error.message,
        ...(error.field
          ? { errors: [{ field: fieldInMessage(error.field), reason: error.message }] }
          : {}),
      },
    };
  }
  const name = error instanceof Error ? error.name : typeof error;
  if (attempt < UNEXPECTED_ATTEMPTS) return { retry: true, code: name };
  return {
    retry: false,
    reason: {
      code: 'INBOUND.FAILED',
      message: `the message could not be applied after ${attempt} attempts: ${name}: ${
        error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300)
      }`,
    },
  };
}

/** The domain names a command's field (`name`); the message carries it under `society` or at the top. */
function fieldInMessage(field: string): string {
  return field === 'reason' ? 'reason' : `society.${field}`;
}
