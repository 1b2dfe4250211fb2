const Sequencer = require('@jest/test-sequencer').default;

/**
 * The order jest hands suites to its workers: jest's own, but the six-broker Kafka
 * cluster, the heaviest start of all, last, so that the suites that time a recovery do
 * not measure its start beside them. (`npm test` runs the fault suite, which times how
 * soon a restarted api is ready, alone before the others: scripts/test.sh.)
 */
const LAST = /test\/kafka-cluster\.distributed\.e2e-spec\.ts$/;

class Order extends Sequencer {
  sort(tests) {
    const rank = (test) => (LAST.test(test.path) ? 1 : 0);
    return [...super.sort(tests)].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = Order;
