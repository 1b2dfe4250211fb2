import type { Decider, DomainEvent } from './decider';
import { fold } from './decider';

const NOW = '2026-03-01T08:00:00.000Z';

/**
 * given(events).when(command).then(events) specs for a decider, with a fixed clock.
 * Only specs import this.
 */
export function specFor<C, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given(history: readonly E[] = []) {
      return {
        when(command: C, now = NOW) {
          const run = () => decider.decide(command, fold(decider, history), { now });
          return {
            then(expected: readonly E[]): void {
              expect(run()).toEqual(expected);
            },
            thenNothing(): void {
              expect(run()).toEqual([]);
            },
            thenFails(code: string, field?: string): void {
              let caught: unknown;
              try {
                run();
              } catch (error) {
                caught = error;
              }
              expect(caught).toMatchObject(field === undefined ? { code } : { code, field });
            },
          };
        },
      };
    },
  };
}
