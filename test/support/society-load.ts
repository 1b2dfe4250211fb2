import { randomUUID } from 'node:crypto';
import type { Cluster } from './cluster';
import { call, until } from './http';
import { relayState } from './processes';

/** What the client was told: each society it registered and every rename acknowledged, in order. */
export interface Acknowledged {
  readonly societies: Map<string, { name: string; renames: string[]; version: number }>;
  sent: number;
  failed: number;
}

export function newAcknowledged(): Acknowledged {
  return { societies: new Map(), sent: 0, failed: 0 };
}

/**
 * A steady stream of commands from `workers` concurrent clients: register a society,
 * then rename it a few times. Stops when `stop()` says so; errors (a process being
 * killed) are counted, not thrown.
 */
export async function runSocietyLoad(
  base: () => string,
  ack: Acknowledged,
  stop: () => boolean,
  workers = 6,
): Promise<void> {
  const worker = async (w: number) => {
    let round = 0;
    while (!stop()) {
      round++;
      const id = randomUUID();
      const name = `负载学会-${w}-${round}-${id.slice(0, 8)}`;
      ack.sent++;
      try {
        const registered = await call(
          base(),
          'POST',
          '/societies',
          { id, name, kind: 'society' },
          { 'Idempotency-Key': `reg-${id}` },
        );
        if (registered.status !== 201) throw new Error(`register answered ${registered.status}`);
        const entry = { name, renames: [] as string[], version: 1 };
        ack.societies.set(id, entry);
        for (let r = 1; r <= 3 && !stop(); r++) {
          const newName = `${name}（第${r}次更名）`;
          ack.sent++;
          const renamed = await call(
            base(),
            'POST',
            `/societies/${id}/rename`,
            { name: newName },
            { 'Idempotency-Key': `ren-${id}-${r}` },
          );
          if (renamed.status !== 200) throw new Error(`rename answered ${renamed.status}`);
          entry.renames.push(newName);
          entry.version = renamed.body.version;
        }
      } catch {
        ack.failed++;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
}

/** A society load started now: wait until it has sent `n` commands, then stop it. */
export function startSocietyLoad(base: () => string, workers: number) {
  const ack = newAcknowledged();
  let stopped = false;
  const running = runSocietyLoad(base, ack, () => stopped, workers);
  return {
    ack,
    sent: (n: number, what: string) =>
      until(
        async () => ack.sent,
        (sent) => sent >= n,
        60_000,
        what,
      ),
    stop: async () => {
      stopped = true;
      await running;
    },
  };
}

/**
 * Delays every fetch of the test file (the load's and the probes') by `ms`; returns the
 * undo. Unpaced, three clients outrun the relay and the projector on a 2-core machine,
 * and every recovery would wait for a growing backlog.
 */
export function paceRequests(ms = 50): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return original(...args);
  };
  return () => {
    globalThis.fetch = original;
  };
}

/** Waits for `more` acknowledged registrations: the api and the store take commands. */
export async function acknowledgedMore(ack: Acknowledged, more: number): Promise<void> {
  const target = ack.societies.size + more;
  await until(
    async () => ack.societies.size,
    (n) => n >= target,
    60_000,
    `${target} acknowledged registrations`,
  );
}

/**
 * A registration of our own, retried until acknowledged (each try counted in `ack`), then
 * read back from its view: a command carried all the way through.
 */
export async function throughToTheViews(base: string, ack: Acknowledged): Promise<void> {
  const id = randomUUID();
  const name = `探针学会-${id.slice(0, 8)}`;
  await until(
    async () => {
      ack.sent++;
      const answer = await call(
        base,
        'POST',
        '/societies',
        { id, name, kind: 'society' },
        { 'Idempotency-Key': `probe-${id}` },
      ).catch(() => null);
      if (answer?.status !== 201) ack.failed++;
      return answer?.status;
    },
    (status) => status === 201,
    60_000,
    'the probe registration',
  );
  ack.societies.set(id, { name, renames: [], version: 1 });
  await until(
    async () => (await call(base, 'GET', `/societies/${id}?minVersion=1`)).status,
    (status) => status === 200,
    60_000,
    'the probe registration in the views',
  );
}

/**
 * Once the cluster's relay holds its lease, a paced load of three clients; returns the
 * running load and the undo of the pacing.
 */
export async function pacedLoadOnceRelayIsActive(
  cluster: Cluster,
  ack: Acknowledged,
  stop: () => boolean,
): Promise<{ running: Promise<void>; unpace: () => void }> {
  await until(
    async () => relayState(cluster.app('relay')),
    (state) => state === 'active',
    20_000,
    'the relay to take the lease',
  );
  const unpace = paceRequests();
  return { running: runSocietyLoad(() => cluster.base, ack, stop, 3), unpace };
}
