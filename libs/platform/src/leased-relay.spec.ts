import { RelayLease } from '@pb/event-store';
import { LeasedRelay } from './leased-relay';

/** A lease whose answer the test sets, recording who asked and who gave it back. */
class ScriptedLease extends RelayLease {
  answer: () => Promise<boolean> = async () => true;
  readonly asked: { holder: string; ttlMs: number }[] = [];
  readonly released: string[] = [];

  tryAcquire(holder: string, ttlMs: number): Promise<boolean> {
    this.asked.push({ holder, ttlMs });
    return this.answer();
  }

  async release(holder: string): Promise<void> {
    this.released.push(holder);
  }

  async close(): Promise<void> {}
}

describe('LeasedRelay', () => {
  let lease: ScriptedLease;
  let work: { start: jest.Mock; stop: jest.Mock };
  let log: string[];
  let relay: LeasedRelay;

  beforeEach(() => {
    jest.useFakeTimers();
    lease = new ScriptedLease();
    work = { start: jest.fn(), stop: jest.fn(async () => undefined) };
    log = [];
    const logger = {
      log: (message: string) => void log.push(message),
      warn: (message: string) => void log.push(`warn: ${message}`),
      error: (message: string) => void log.push(`error: ${message}`),
    };
    relay = new LeasedRelay(lease, work, logger);
  });

  afterEach(() => jest.useRealTimers());

  it('works while it holds the lease, renewing it every 3 s with a ttl of 10 s', async () => {
    relay.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(work.start).toHaveBeenCalledTimes(1);
    expect(log).toContain('relay is active (lease held)');
    await jest.advanceTimersByTimeAsync(9_000);
    expect(lease.asked).toHaveLength(4);
    expect(lease.asked[0]!.ttlMs).toBe(10_000);
    expect(work.start).toHaveBeenCalledTimes(1);
    expect(work.stop).not.toHaveBeenCalled();
    await relay.close();
  });

  it('stands by at once when the lease goes to another relay, and works again when it comes back', async () => {
    relay.start();
    await jest.advanceTimersByTimeAsync(0);
    lease.answer = async () => false;
    await jest.advanceTimersByTimeAsync(3_000);
    expect(work.stop).toHaveBeenCalledTimes(1);
    expect(log).toContain('relay is standby');
    lease.answer = async () => true;
    await jest.advanceTimersByTimeAsync(3_000);
    expect(work.start).toHaveBeenCalledTimes(2);
    await relay.close();
  });

  it('stops working when a renewal hangs past the ttl of the lease it renewed', async () => {
    relay.start();
    await jest.advanceTimersByTimeAsync(0);
    lease.answer = () => new Promise<boolean>(() => undefined);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(work.stop).toHaveBeenCalledTimes(1);
    expect(log).toContain('relay is standby');
  });

  it('stops working a ttl after its last renewal even when the wall clock jumped back an hour during it', async () => {
    lease.answer = async () => {
      jest.setSystemTime(Date.now() - 3_600_000);
      lease.answer = () => new Promise<boolean>(() => undefined);
      return true;
    };
    relay.start();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(work.stop).toHaveBeenCalledTimes(1);
    expect(log).toContain('relay is standby');
  });

  it('stands by without working while the store cannot be asked', async () => {
    lease.answer = async () => {
      throw new Error('the store is away');
    };
    relay.start();
    await jest.advanceTimersByTimeAsync(6_000);
    expect(work.start).not.toHaveBeenCalled();
    expect(log.filter((line) => line.startsWith('warn:'))).toEqual([
      'warn: relay lease: the store is away',
    ]);
    await relay.close();
    expect(lease.released).toEqual([]);
  });

  it('hands the lease back when closed while active', async () => {
    relay.start();
    await jest.advanceTimersByTimeAsync(0);
    await relay.close();
    expect(work.stop).toHaveBeenCalledTimes(1);
    expect(lease.released).toHaveLength(1);
    expect(lease.released[0]).toBe(lease.asked[0]!.holder);
  });
});
