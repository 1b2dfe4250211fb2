#!/usr/bin/env bash
# Starts a local three-broker Apache Kafka cluster (KRaft: three controllers, three brokers,
# every topic replicated three times with min.insync.replicas=2) on 127.0.0.1, for the
# suites that take brokers down. The single broker of kafka-start.sh stays for the others.
#
#   scripts/servers/kafka-cluster-start.sh              # all six nodes; "KAFKA_BROKERS=..." on stdout
#   scripts/servers/kafka-cluster-start.sh broker-2     # one node again, e.g. after a kill
#
# Idempotent: a node that runs already is left as it is. Data survives stop/start.
# Env: KAFKA_CLUSTER_PORT (19092; brokers on it and the next two ports, controllers 100 above),
#      KAFKA_BROKER_HEAP_OPTS (-Xms64m -Xmx384m), KAFKA_CONTROLLER_HEAP_OPTS (-Xms32m -Xmx160m),
#      KAFKA_CLUSTER_JIT_OPTS (-XX:TieredStopAtLevel=1; empty for the JVM's default),
#      KAFKA_START_TIMEOUT (240), KAFKA_RUN_DIR (as for kafka-start.sh).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=kafka-cluster-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/kafka-cluster-env.sh"

case "${1:-}" in -h | --help) sed -n '2,12p' "$0"; exit 0 ;; esac
mapfile -t nodes < <(selected_nodes "$@")
t=$EPOCHREALTIME
mkdir -p "$KAFKA_RUN_DIR"
ensure_kafka_jars
# One id for every node, kept for the nodes formatted later (a wiped one started again).
[[ -s "$CLUSTER_ID_FILE" ]] || new_cluster_id >"$CLUSTER_ID_FILE"

# Side by side: a broker is ready only once a quorum of controllers is.
pids=()
for node in "${nodes[@]}"; do
  on_node "$node" kafka-start.sh >/dev/null &
  pids+=($!)
done
failed=()
for n in "${!nodes[@]}"; do
  wait "${pids[$n]}" || failed+=("${nodes[$n]}")
done
((${#failed[@]} == 0)) || die "${failed[*]} did not start (logs: $KAFKA_RUN_DIR/kafka-<port>.log)"
say "cluster ready (${nodes[*]}) in $(since "$t")s"
echo "KAFKA_BROKERS=$(cluster_brokers)"
