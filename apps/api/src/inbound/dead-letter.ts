import type { ConsumedRecord } from '@pb/messaging';

/** Why a message was not applied: a stable code, a text for people, the fields at fault. */
export interface DeadLetterReason {
  readonly code: string;
  readonly message: string;
  readonly errors?: readonly { readonly field: string; readonly reason: string }[];
}

/** The value of a dead letter (society-register-dlq.v1.schema.json). */
export interface DeadLetter {
  readonly reason: DeadLetterReason;
  readonly original: {
    readonly topic: string;
    readonly partition: number;
    readonly offset: string;
    readonly key: string | null;
    readonly value: string | null;
    readonly valueEncoding: 'utf8' | 'base64';
  };
  readonly failedAt: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The original value as text when it is UTF-8, else as base64, so no byte is lost. */
function encodedValue(
  value: Buffer | null,
): Pick<DeadLetter['original'], 'value' | 'valueEncoding'> {
  if (value === null) return { value: null, valueEncoding: 'utf8' };
  try {
    return { value: utf8.decode(value), valueEncoding: 'utf8' };
  } catch {
    return { value: value.toString('base64'), valueEncoding: 'base64' };
  }
}

/** The Kafka record of a dead letter: the original key, the letter as JSON, the reason in headers. */
export function deadLetterRecord(
  original: ConsumedRecord,
  reason: DeadLetterReason,
  failedAt: Date,
): { key: Buffer | null; value: string; headers: Record<string, string> } {
  const letter: DeadLetter = {
    reason,
    original: {
      topic: original.topic,
      partition: original.partition,
      offset: original.offset,
      key: original.key === null ? null : original.key.toString('utf8'),
      ...encodedValue(original.value),
    },
    failedAt: failedAt.toISOString(),
  };
  return {
    key: original.key,
    value: JSON.stringify(letter),
    headers: { 'dlq-reason-code': reason.code, 'dlq-original-topic': original.topic },
  };
}
