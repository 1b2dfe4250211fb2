import { FaultReport } from './support/fault-report';
import type { Acknowledged } from './support/society-load';

/** A load's counters: `registered` societies acknowledged, each without renames. */
function load(sent: number, registered: number, failed: number): Acknowledged {
  const societies = new Map(
    Array.from({ length: registered }, (_, i) => [
      `s${i}`,
      { name: `学会${i}`, renames: [] as string[], version: 1 },
    ]),
  );
  return { societies, sent, failed };
}

describe('the fault report', () => {
  it('counts the commands in flight when a fault starts as sent within it, so acknowledged and failed never exceed sent', () => {
    const report = new FaultReport('suite', 'embedded');
    const ack = load(10, 8, 0); // two in flight
    const fault = report.begin('a fault', ack);
    Object.assign(ack, load(15, 14, 1)); // both answered, five more sent, one still out
    fault.healed().recovered({ lost: 0, duplicated: 0 });
    const [row] = report.figures;
    expect(row).toMatchObject({ sent: 7, acknowledged: 6, failed: 1 });
    expect(row!.acknowledged + row!.failed).toBeLessThanOrEqual(row!.sent);
  });
});
