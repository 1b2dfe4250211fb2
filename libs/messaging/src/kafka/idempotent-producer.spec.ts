import {
  KafkaJSConnectionError,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSProtocolError,
  type ProducerConfig,
  type ProducerRecord,
  type RecordMetadata,
} from 'kafkajs';
import { IdempotentProducer, type KafkaProducer } from './idempotent-producer';
import { ProducerReplaced } from './producer-errors';

/** A kafkajs producer that fails its sends with the errors it is given, in turn. */
class FakeProducer implements KafkaProducer {
  readonly sent: string[] = [];
  readonly failures: Error[] = [];
  connectFailure: Error | null = null;
  disconnected = false;

  constructor(readonly config: ProducerConfig) {}

  async connect(): Promise<void> {
    if (this.connectFailure) throw this.connectFailure;
  }

  async send(record: ProducerRecord): Promise<RecordMetadata[]> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push(...record.messages.map((message) => String(message.value)));
    return [];
  }

  async disconnect(): Promise<void> {
    this.disconnected = true;
  }
}

/** The error kafkajs raises for a broker's error code, as its protocol layer builds it. */
function brokerError(type: string, code: number, retriable = false): KafkaJSProtocolError {
  return new KafkaJSProtocolError(
    Object.assign(new Error(`the broker answered ${type}`), { type, code, retriable }),
  );
}

const OUT_OF_ORDER = () => brokerError('OUT_OF_ORDER_SEQUENCE_NUMBER', 45);

function producerOver(prepare: (producer: FakeProducer, index: number) => void = () => undefined) {
  const made: FakeProducer[] = [];
  const producer = new IdempotentProducer((config) => {
    const fake = new FakeProducer(config);
    prepare(fake, made.length);
    made.push(fake);
    return fake;
  });
  const send = (value: string) => producer.send('events', [{ key: 'society-1', value }]);
  return { producer, made, send };
}

describe('IdempotentProducer', () => {
  it('makes an idempotent producer with one request in flight and unlimited retries', async () => {
    const { made, send } = producerOver();
    await send('e1');
    expect(made[0]!.config).toMatchObject({
      idempotent: true,
      maxInFlightRequests: 1,
      retry: { retries: Number.MAX_SAFE_INTEGER },
    });
  });

  it('replaces a producer the broker refused with an out of order sequence number, and sends again through a new one', async () => {
    const broken = OUT_OF_ORDER();
    const { made, send } = producerOver((fake, index) => {
      if (index === 0) fake.failures.push(broken);
    });

    const failure = await send('e1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProducerReplaced);
    expect((failure as ProducerReplaced).cause).toBe(broken);
    expect((failure as Error).message).toMatch(/OUT_OF_ORDER_SEQUENCE_NUMBER.*replaced/);
    expect(made[0]!.disconnected).toBe(true);

    await send('e1');
    await send('e2');
    expect(made).toHaveLength(2);
    expect(made[1]!.sent).toEqual(['e1', 'e2']);
    expect(made[1]!.disconnected).toBe(false);
  });

  it.each([
    ['INVALID_PRODUCER_EPOCH', 47],
    ['UNKNOWN_PRODUCER_ID', 59],
    ['DUPLICATE_SEQUENCE_NUMBER', 46],
    ['INVALID_PRODUCER_ID_MAPPING', 49],
  ])('replaces the producer after %s', async (type, code) => {
    const { made, send } = producerOver((fake, index) => {
      if (index === 0) fake.failures.push(brokerError(type, code));
    });
    await expect(send('e1')).rejects.toBeInstanceOf(ProducerReplaced);
    await send('e1');
    expect(made.map((fake) => fake.sent)).toEqual([[], ['e1']]);
  });

  it('replaces the producer when the refusal comes wrapped, as the retry limit of kafkajs wraps it', async () => {
    const wrapped = [
      new KafkaJSNumberOfRetriesExceeded(OUT_OF_ORDER(), { retryCount: 5, retryTime: 100 }),
      new Error('the send failed', { cause: OUT_OF_ORDER() }),
    ];
    const { made, send } = producerOver((fake, index) => {
      const failure = wrapped[index];
      if (failure) fake.failures.push(failure);
    });
    await expect(send('e1')).rejects.toBeInstanceOf(ProducerReplaced);
    await expect(send('e1')).rejects.toBeInstanceOf(ProducerReplaced);
    await send('e1');
    expect(made).toHaveLength(3);
    expect(made[2]!.sent).toEqual(['e1']);
  });

  it('keeps the producer after failures that leave its state intact, and fails with them unchanged', async () => {
    const failures = [
      brokerError('MESSAGE_TOO_LARGE', 10),
      brokerError('NOT_LEADER_FOR_PARTITION', 6, true),
      new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092'),
    ];
    const { made, send } = producerOver((fake) => fake.failures.push(...failures));
    for (const failure of failures) await expect(send('e1')).rejects.toBe(failure);
    await send('e1');
    expect(made).toHaveLength(1);
    expect(made[0]!.disconnected).toBe(false);
    expect(made[0]!.sent).toEqual(['e1']);
  });

  it('tries a failed connect afresh with a new producer, letting the failed one go', async () => {
    const refused = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED');
    const { made, send } = producerOver((fake, index) => {
      if (index === 0) fake.connectFailure = refused;
    });
    await expect(send('e1')).rejects.toBe(refused);
    await send('e1');
    expect(made).toHaveLength(2);
    expect(made[0]!.disconnected).toBe(true);
    expect(made[1]!.sent).toEqual(['e1']);
  });

  it('connects one producer for sends made at once', async () => {
    const { made, send } = producerOver();
    await Promise.all([send('e1'), send('e2')]);
    expect(made).toHaveLength(1);
    expect(made[0]!.sent.sort()).toEqual(['e1', 'e2']);
  });

  it('replaces a producer once when two sends on it fail at once', async () => {
    const { producer, made, send } = producerOver((fake, index) => {
      if (index === 0) fake.failures.push(OUT_OF_ORDER(), OUT_OF_ORDER());
    });
    const first = send('e1').catch((error: unknown) => error);
    const second = send('e2').catch((error: unknown) => error);
    expect(await first).toBeInstanceOf(ProducerReplaced);
    expect(await second).toBeInstanceOf(ProducerReplaced);
    await send('e3');
    await producer.disconnect();
    expect(made).toHaveLength(2);
    expect(made[1]!.sent).toEqual(['e3']);
    expect(made[1]!.disconnected).toBe(true);
  });
});
