import { randomUUID } from 'node:crypto';
import { call, until } from './http';

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
 * killed) are counted, not thrown. `headers` go with every command (a token of its own).
 */
export async function runSocietyLoad(
  base: () => string,
  ack: Acknowledged,
  stop: () => boolean,
  workers = 6,
  headers: Record<string, string> = {},
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
          { ...headers, 'Idempotency-Key': `reg-${id}` },
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
            { ...headers, 'Idempotency-Key': `ren-${id}-${r}` },
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
export function startSocietyLoad(
  base: () => string,
  workers: number,
  headers: Record<string, string> = {},
) {
  const ack = newAcknowledged();
  let stopped = false;
  const running = runSocietyLoad(base, ack, () => stopped, workers, headers);
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

/** What had been acknowledged at one moment: each society's renames then. */
export function acknowledgedNow(ack: Acknowledged): Map<string, number> {
  return new Map([...ack.societies].map(([id, entry]) => [id, entry.renames.length]));
}

/** The societies registered or renamed since `before`, as an Acknowledged of their own. */
export function acknowledgedSince(before: Map<string, number>, ack: Acknowledged): Acknowledged {
  const societies = new Map(
    [...ack.societies].filter(([id, entry]) => before.get(id) !== entry.renames.length),
  );
  return { societies, sent: ack.sent, failed: ack.failed };
}
