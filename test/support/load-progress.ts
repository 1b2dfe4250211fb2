import { randomUUID } from 'node:crypto';
import { call, until } from './http';
import type { Acknowledged } from './society-load';

/**
 * The fault suites' measures of a load that moves: more acknowledged commands, and a
 * command of the test's own carried all the way to the views.
 */
export class LoadProgress {
  constructor(
    private readonly base: () => string,
    private readonly ack: Acknowledged,
  ) {}

  /** `more` acknowledged registrations than now: the api and the store take commands. */
  async acknowledged(more: number, timeoutMs = 60_000): Promise<void> {
    const target = this.ack.societies.size + more;
    await until(
      async () => this.ack.societies.size,
      (n) => n >= target,
      timeoutMs,
      `${target} acknowledged registrations`,
    );
  }

  /** Recovered: commands are acknowledged again and carried all the way to the views. */
  async recovered(): Promise<void> {
    await this.acknowledged(8);
    await this.throughToTheViews();
  }

  /** A registration of our own, retried until acknowledged, then read back from its view. */
  async throughToTheViews(): Promise<void> {
    const id = randomUUID();
    const name = `探针学会-${id.slice(0, 8)}`;
    await until(
      async () => {
        this.ack.sent++;
        const answer = await call(
          this.base(),
          'POST',
          '/societies',
          { id, name, kind: 'society' },
          { 'Idempotency-Key': `probe-${id}` },
        ).catch(() => null);
        if (answer?.status !== 201) this.ack.failed++;
        return answer?.status;
      },
      (status) => status === 201,
      60_000,
      'the probe registration',
    );
    this.ack.societies.set(id, { name, renames: [], version: 1 });
    await until(
      async () => (await call(this.base(), 'GET', `/societies/${id}?minVersion=1`)).status,
      (status) => status === 200,
      60_000,
      'the probe registration in the views',
    );
  }
}
