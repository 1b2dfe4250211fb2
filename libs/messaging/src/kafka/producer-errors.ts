import { KafkaJSProtocolError } from 'kafkajs';

/**
 * Broker answers after which an idempotent producer never succeeds again: its producer
 * id, epoch or sequence numbers no longer match what the broker holds. kafkajs keeps the
 * producer as it is (kafkajs issue #598), so every later send fails the same way.
 *
 * The usual way in: a request for several partitions is appended on some and refused on
 * others; kafkajs then rewinds the sequence of every partition in it, and the next batch
 * for a partition that was appended starts behind the broker.
 */
const FATAL_TO_PRODUCER = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'DUPLICATE_SEQUENCE_NUMBER',
  'INVALID_PRODUCER_EPOCH',
  'UNKNOWN_PRODUCER_ID',
  'INVALID_PRODUCER_ID_MAPPING',
  'PRODUCER_FENCED',
]);

/** Whether `error`, or an error it wraps, means the producer must be replaced. */
export function isFatalToProducer(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    if (cause instanceof KafkaJSProtocolError && FATAL_TO_PRODUCER.has(cause.type)) return true;
    cause = cause.cause;
  }
  return false;
}

/**
 * A send failed in a way that left the producer unusable; it has been replaced by a new
 * one (a new producer id), so the next send of the same messages can succeed.
 */
export class ProducerReplaced extends Error {
  constructor(cause: Error) {
    super(`${cause.message} (the idempotent producer was replaced by a new one)`, { cause });
    this.name = 'ProducerReplaced';
  }
}
