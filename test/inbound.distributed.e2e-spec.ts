import { randomUUID } from 'node:crypto';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { Kafka, logLevel, Partitioners, type Consumer, type Producer } from 'kafkajs';
import { creditCodeCheckCharacter } from '@pb/domain';
import { MongoEventStore, type StoredCommit } from '@pb/event-store';
import dlqSchema from '../libs/contracts/src/schemas/inbound/society-register-dlq.v1.schema.json';
import { Cluster } from './support/cluster';
import { call, until } from './support/http';
import { metricsUrlOf, scrape, values } from './support/metrics';
import { kafkaBrokers, uniqueName } from './support/servers';

jest.setTimeout(120000);

const SOURCE = 'federation-registry';

/** A unified social credit code with a correct check character. */
function creditCode(): string {
  const body = `51120000MJ${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

interface Sent {
  readonly key: string;
  readonly value: string;
  readonly partition: number;
  readonly offset: string;
}

interface Letter {
  readonly key: string | null;
  readonly headers: Record<string, string>;
  readonly value: any;
}

describe('inbound society-register topic: messages from other federation systems become commands', () => {
  let cluster: Cluster;
  let producer: Producer;
  let dlqConsumer: Consumer;
  const letters: Letter[] = [];
  const suffix = randomUUID().slice(0, 6);

  beforeAll(async () => {
    cluster = await Cluster.start('inbound');
    await cluster.app('api').waitFor(/society-register consumer reading/);
    const kafka = new Kafka({
      clientId: 'inbound-e2e',
      brokers: kafkaBrokers(),
      logLevel: logLevel.NOTHING,
    });
    producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    dlqConsumer = kafka.consumer({
      groupId: uniqueName('pb.inbound.dlq-reader'),
      maxWaitTimeInMs: 100,
    });
    await dlqConsumer.connect();
    await dlqConsumer.subscribe({
      topics: [cluster.env.KAFKA_INBOUND_DLQ_TOPIC!],
      fromBeginning: true,
    });
    await dlqConsumer.run({
      eachMessage: async ({ message }) => {
        letters.push({
          key: message.key?.toString('utf8') ?? null,
          headers: Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
          ),
          value: JSON.parse(message.value!.toString('utf8')),
        });
      },
    });
  });

  afterAll(async () => {
    await dlqConsumer?.disconnect();
    await producer?.disconnect();
    await cluster?.stop();
  });

  /** Sends one message and returns where it landed. */
  async function send(key: string, value: unknown): Promise<Sent> {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const [meta] = await producer.send({
      topic: cluster.env.KAFKA_INBOUND_TOPIC!,
      acks: -1,
      messages: [{ key, value: text }],
    });
    return { key, value: text, partition: meta!.partition, offset: meta!.baseOffset! };
  }

  const message = (type: string, society: Record<string, unknown>, extra = {}) => ({
    messageId: randomUUID(),
    type,
    source: SOURCE,
    occurredAt: '2026-03-02T09:30:00+08:00',
    society,
    ...extra,
  });

  it('applies registrations, a rename and a deregistration once each, and dead-letters what it cannot apply', async () => {
    const codes = [creditCode(), creditCode(), creditCode()];
    const names = [
      `天津市机械工程学会-${suffix}`,
      `天津市化学化工学会-${suffix}`,
      `天津市电子学会-${suffix}`,
    ];
    const registrations = codes.map((code, i) =>
      message('register', { creditCode: code, name: names[i], kind: 'society' }),
    );
    const renamed = `天津市智能制造学会-${suffix}`;
    const rename = message(
      'rename',
      { creditCode: codes[0], name: renamed },
      { reason: '经民政部门核准更名' },
    );
    const deregister = message(
      'deregister',
      { creditCode: codes[1] },
      { reason: '已注销社会团体登记' },
    );
    const sameName = message('rename', { creditCode: codes[2], name: names[2] });
    // A registry's full sync sends every society again under new message ids: the one it
    // holds as recorded is left as it is, the one it names differently is renamed, dated as
    // the registry dates it, and its kind stays the committee's record.
    const syncSame = message('register', { creditCode: codes[2], name: names[2], kind: 'society' });
    const syncedName = `天津市智能制造工程学会-${suffix}`;
    const syncRenamed = message(
      'register',
      { creditCode: codes[0], name: syncedName, kind: 'association' },
      { occurredAt: '2026-03-05T10:00:00+08:00' },
    );

    for (const registration of registrations)
      await send(registration.society.creditCode as string, registration);
    await send(codes[0]!, rename);
    await send(codes[1]!, deregister);
    // The same message delivered twice: one society, one event.
    await send(codes[2]!, registrations[2]);
    await send(codes[2]!, sameName);
    await send(codes[2]!, syncSame);
    await send(codes[0]!, syncRenamed);

    const unknownCode = creditCode();
    const refused = {
      malformed: await send(codes[0]!, '{"messageId": "6a1f0c52-8d4e-4b7a-9c2e-'),
      missingKind: await send(
        unknownCode,
        message('register', { creditCode: unknownCode, name: `缺少类型的学会-${suffix}` }),
      ),
      unknownType: await send(
        codes[0]!,
        message('merge', { creditCode: codes[0], name: `合并学会-${suffix}` }),
      ),
      unknownSociety: await send(
        unknownCode,
        message('rename', { creditCode: unknownCode, name: `查无此会-${suffix}` }),
      ),
    };
    const expected: Record<keyof typeof refused, string> = {
      malformed: 'INBOUND.MALFORMED_JSON',
      missingKind: 'INBOUND.INVALID',
      unknownType: 'INBOUND.UNKNOWN_TYPE',
      unknownSociety: 'SOCIETY.NOT_FOUND',
    };

    await until(
      async () => letters.length,
      (n) => n >= 4,
      60000,
      'four dead letters',
    );
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(dlqSchema);
    for (const [what, sent] of Object.entries(refused) as [keyof typeof refused, Sent][]) {
      const letter = letters.find(
        (l) =>
          l.value.original.partition === sent.partition && l.value.original.offset === sent.offset,
      );
      expect({ what, found: letter !== undefined }).toEqual({ what, found: true });
      expect({ what, valid: validate(letter!.value), errors: validate.errors ?? null }).toEqual({
        what,
        valid: true,
        errors: null,
      });
      expect(letter!.value.reason.code).toBe(expected[what]);
      expect(letter!.key).toBe(sent.key);
      expect(letter!.headers).toEqual({
        'dlq-reason-code': expected[what],
        'dlq-original-topic': cluster.env.KAFKA_INBOUND_TOPIC,
      });
      expect(letter!.value.original).toEqual({
        topic: cluster.env.KAFKA_INBOUND_TOPIC,
        partition: sent.partition,
        offset: sent.offset,
        key: sent.key,
        value: sent.value,
        valueEncoding: 'utf8',
      });
    }
    // The api counts what it dead-lettered, by reason code.
    const deadLetterCounts = async () => {
      const lines = (await scrape(metricsUrlOf(cluster, 'api'))).filter((line) =>
        line.startsWith('pb_inbound_dead_letters_total'),
      );
      const counts: Record<string, number> = {};
      for (const line of lines) {
        const code = /code="([^"]+)"/.exec(line)![1]!;
        counts[code] = (counts[code] ?? 0) + values([line], 'pb_inbound_dead_letters_total')[0]!;
      }
      return counts;
    };
    const expectedCounts: Record<string, number> = {};
    for (const code of Object.values(expected))
      expectedCounts[code] = (expectedCounts[code] ?? 0) + 1;
    expect(
      await until(
        deadLetterCounts,
        (counts) => JSON.stringify(counts) === JSON.stringify({ ...counts, ...expectedCounts }),
        10000,
        'the dead letters counted in the metrics',
      ),
    ).toEqual(expectedCounts);
    // The api group's lag on the inbound topic, per partition, read from the broker: all consumed.
    const lag = await until(
      async () =>
        (await scrape(metricsUrlOf(cluster, 'api'))).filter((line) =>
          line.startsWith('pb_inbound_lag_messages{'),
        ),
      (lines) => lines.length > 0 && values(lines, 'pb_inbound_lag_messages').every((v) => v === 0),
      20000,
      'the inbound lag to reach 0 on every partition',
    );
    expect(lag.length).toBeGreaterThan(0);
    const missingKind = letters.find((l) => l.value.reason.code === 'INBOUND.INVALID')!;
    expect(missingKind.value.reason.errors).toEqual([
      { field: 'society.kind', reason: 'kind is required' },
    ]);

    // Through the HTTP api: three societies, the first renamed twice, the second deregistered.
    const listed = await until(
      async () => (await call(cluster.base, 'GET', '/societies?limit=50')).body,
      (page: any) =>
        page.items?.length === 3 &&
        page.items.some((s: any) => s.name === syncedName) &&
        page.items.some((s: any) => s.status === 'deregistered'),
      30000,
      'the three societies in GET /societies',
    );
    const byName = new Map<string, any>(listed.items.map((s: any) => [s.name, s]));
    expect([...byName.keys()].sort()).toEqual([syncedName, names[1], names[2]].sort());
    expect(byName.get(names[1]!).status).toBe('deregistered');
    expect(byName.get(syncedName).status).toBe('registered');
    const first = await call(cluster.base, 'GET', `/societies/${byName.get(syncedName).id}`);
    expect(first.body).toMatchObject({
      name: syncedName,
      kind: 'society',
      creditCode: codes[0],
      status: 'registered',
    });

    // In the event store: one event per applied message, by the integration actor, correlated by messageId.
    const store = new MongoEventStore(cluster.db);
    const commits: StoredCommit[] = [];
    for (let after: string | null = null; ;) {
      const page = await store.readAll(after, 500);
      if (page.commits.length === 0) break;
      commits.push(...page.commits);
      after = page.next;
    }
    const events = commits.flatMap((c) => c.events);
    expect(events.map((e) => e.type).sort()).toEqual([
      'SocietyDeregistered',
      'SocietyRegistered',
      'SocietyRegistered',
      'SocietyRegistered',
      'SocietyRenamed',
      'SocietyRenamed',
    ]);
    expect(new Set(events.map((e) => e.actor))).toEqual(new Set([`integration:${SOURCE}`]));
    expect(events.map((e) => e.correlationId).sort()).toEqual(
      [...registrations, rename, deregister, syncRenamed].map((m) => m.messageId).sort(),
    );
    // Each event is dated as its message dates the change.
    for (const event of events) {
      const sent = [...registrations, rename, deregister, syncRenamed].find(
        (m) => m.messageId === event.correlationId,
      )!;
      expect(event.occurredAt).toBe(new Date(sent.occurredAt).toISOString());
    }
    expect(events.find((e) => e.correlationId === syncRenamed.messageId)).toMatchObject({
      type: 'SocietyRenamed',
      occurredAt: '2026-03-05T02:00:00.000Z',
      data: { name: syncedName, previousName: renamed },
    });

    // Nothing more was dead-lettered (the duplicate and the rename to the same name are not refusals).
    expect(letters).toHaveLength(4);
    // Logs name messages, never their content.
    const log = cluster.app('api').output.join('');
    expect(log).toContain(`society-register ${registrations[0]!.messageId} register: applied`);
    expect(log).toContain(
      `society-register ${registrations[2]!.messageId} register: already applied`,
    );
    expect(log).toContain(`society-register ${sameName.messageId} rename: unchanged`);
    expect(log).toContain(`society-register ${syncSame.messageId} register: unchanged`);
    for (const name of [...names, renamed, syncedName]) expect(log).not.toContain(name);
  });
});
