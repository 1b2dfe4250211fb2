# Shared settings for kafka-cluster-start.sh / kafka-cluster-stop.sh (sourced, not executed).
# shellcheck shell=bash disable=SC2034  # variables are used by the sourcing scripts
#
# The cluster: three controllers (node ids 101-103) that hold the metadata quorum, and three
# brokers (node ids 1-3) that hold the data. Apart, so that losing two brokers leaves a
# quorum that shrinks the in-sync replicas, and producers are refused (NOT_ENOUGH_REPLICAS)
# instead of left waiting. Broker i listens on KAFKA_CLUSTER_PORT+i-1, controller i on
# KAFKA_CLUSTER_PORT+100+i-1. Each node is one kafka-start.sh / kafka-stop.sh run.

# shellcheck source-path=SCRIPTDIR source=kafka-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/kafka-env.sh"

CLUSTER_PORT="${KAFKA_CLUSTER_PORT:-19092}"
CLUSTER_ID_FILE="$KAFKA_RUN_DIR/kafka-cluster-$CLUSTER_PORT.id"
NODES=(controller-1 controller-2 controller-3 broker-1 broker-2 broker-3)

# Six JVMs on a small test machine: the quick compiler only, which halves the CPU a start
# takes; a test cluster never runs long enough to gain from the optimising one.
JIT_OPTS="${KAFKA_CLUSTER_JIT_OPTS:--XX:TieredStopAtLevel=1}"
# Six JVMs share the CPU while they start: more time than kafka-start.sh gives one.
export KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-240}"

broker_port() { echo $((CLUSTER_PORT + $1 - 1)); }
controller_port() { echo $((CLUSTER_PORT + 100 + $1 - 1)); }

cluster_brokers() {
  local i list=()
  for i in 1 2 3; do list+=("$KAFKA_HOST:$(broker_port "$i")"); done
  (IFS=,; echo "${list[*]}")
}

# The nodes named by the arguments (broker-2, controller-1, or 2 for broker-2), else all six.
selected_nodes() {
  if (($# == 0)); then printf '%s\n' "${NODES[@]}"; return; fi
  local arg
  for arg in "$@"; do
    [[ "$arg" =~ ^[1-3]$ ]] && arg="broker-$arg"
    [[ " ${NODES[*]} " == *" $arg "* ]] || die "unknown node '$arg' (broker-1..3, controller-1..3, or 1..3)"
    echo "$arg"
  done
}

# Runs kafka-start.sh or kafka-stop.sh ($2) for node $1 with the node's settings, and the rest.
on_node() {
  local node="$1" script="$2" i="${1##*-}" voters=() v
  shift 2
  for v in 1 2 3; do voters+=("$((100 + v))@$KAFKA_HOST:$(controller_port "$v")"); done
  local env=(
    KAFKA_QUORUM_VOTERS="$(IFS=,; echo "${voters[*]}")"
    KAFKA_CLUSTER_ID="$(cat "$CLUSTER_ID_FILE" 2>/dev/null || true)"
    KAFKA_REPLICATION_FACTOR=3
    KAFKA_MIN_INSYNC_REPLICAS=2
  )
  if [[ "$node" == controller-* ]]; then
    env+=(KAFKA_NODE_ID=$((100 + i)) KAFKA_PROCESS_ROLES=controller
      KAFKA_PORT="$(controller_port "$i")" KAFKA_CONTROLLER_PORT="$(controller_port "$i")"
      KAFKA_HEAP_OPTS="${KAFKA_CONTROLLER_HEAP_OPTS:--Xms32m -Xmx160m} $JIT_OPTS")
  else
    env+=(KAFKA_NODE_ID="$i" KAFKA_PROCESS_ROLES=broker KAFKA_PORT="$(broker_port "$i")"
      KAFKA_HEAP_OPTS="${KAFKA_BROKER_HEAP_OPTS:--Xms64m -Xmx384m} $JIT_OPTS")
  fi
  # Per node: a KAFKA_DATA_DIR of the caller would be shared by all six.
  env -u KAFKA_DATA_DIR "${env[@]}" bash "$ROOT/scripts/servers/$script" "$@"
}
