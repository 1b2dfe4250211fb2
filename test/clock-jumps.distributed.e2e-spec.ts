import { MongoEventStore, verifyStore } from '@pb/event-store';
import { MongoReadModelStore } from '@pb/projections';
import { expectStreamsIntact, runClockJumps } from './support/clock-jumps';
import { Cluster } from './support/cluster';
import { expectNothingLostNorDuplicated, waitForClusterToSettle } from './support/expectations';
import { fakeClock } from './support/fake-clock';
import { FaultReport, lostAndDuplicated } from './support/fault-report';

jest.setTimeout(150_000);

describe('distributed mode across wall-clock jumps of the api, the relay and the projector', () => {
  const clock = fakeClock();
  const report = new FaultReport('clock-jumps.distributed', 'distributed');
  let cluster: Cluster | null = null;
  let stopLoad: () => Promise<void> = async () => undefined;

  afterAll(async () => {
    await stopLoad();
    await cluster?.stop();
    await report.write();
  });

  it('keeps every stream contiguous and in order, every chain whole and the views consistent when their clock jumps back and forward an hour', async () => {
    cluster = await Cluster.start('clock');
    // The three processes again, sharing one clock that the suite moves, as on one machine.
    for (const app of ['relay', 'projector', 'api'] as const) {
      await cluster.app(app).stop();
      await cluster.restart(app, clock.env);
    }
    const store = new MongoEventStore(cluster.db);
    const views = new MongoReadModelStore(cluster.db);
    const acks = await runClockJumps({
      base: cluster.base,
      clock,
      report,
      counted: async (ack) => {
        await waitForClusterToSettle(store, views);
        return lostAndDuplicated(store, views, ack);
      },
      onLoad: (stop) => (stopLoad = stop),
    });
    expect(await expectStreamsIntact(store)).toBeGreaterThan(200);
    for (const ack of acks) await expectNothingLostNorDuplicated(store, views, ack);
    const verified = await verifyStore(store, { federationId: 'default' });
    expect(verified.problems).toEqual([]);
    expect(verified.ok).toBe(true);
  });
});
