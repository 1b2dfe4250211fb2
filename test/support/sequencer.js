const Sequencer = require('@jest/test-sequencer').default;

/**
 * The order jest hands suites to its workers: the fault suite first, beside the unit
 * suites only, since it times how soon a restarted api is ready (within 5 s) and would
 * measure the machine instead when a heavier suite starts its own servers beside it;
 * the six-broker Kafka cluster, the heaviest start of all, last. The rest in jest's own order.
 */
const FIRST = /test\/faults\.distributed\.e2e-spec\.ts$/;
const LAST = /test\/kafka-cluster\.distributed\.e2e-spec\.ts$/;

class Order extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      if (FIRST.test(test.path)) return 0;
      if (LAST.test(test.path)) return 3;
      return test.context.config.displayName?.name === 'unit' ? 1 : 2;
    };
    return [...super.sort(tests)].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = Order;
