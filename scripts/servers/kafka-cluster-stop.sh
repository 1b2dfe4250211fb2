#!/usr/bin/env bash
# Stops the nodes of the cluster started by kafka-cluster-start.sh (all, or those named).
#
#   scripts/servers/kafka-cluster-stop.sh                 # stop all six, keep data
#   scripts/servers/kafka-cluster-stop.sh --kill 2 3      # kill -9 brokers 2 and 3, as a crash
#   scripts/servers/kafka-cluster-stop.sh --wipe          # stop all and delete their data
#
# Env: KAFKA_CLUSTER_PORT (as for kafka-cluster-start.sh), KAFKA_STOP_TIMEOUT.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=kafka-cluster-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/kafka-cluster-env.sh"

flags=()
names=()
for arg in "$@"; do
  case "$arg" in
    --wipe | --kill) flags+=("$arg") ;;
    -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
    *) names+=("$arg") ;;
  esac
done
mapfile -t nodes < <(selected_nodes "${names[@]}")

pids=()
for node in "${nodes[@]}"; do
  on_node "$node" kafka-stop.sh "${flags[@]}" &
  pids+=($!)
done
rc=0
for pid in "${pids[@]}"; do wait "$pid" || rc=1; done
# Wiped whole, the cluster gets a new id at its next start.
if [[ " ${flags[*]} " == *" --wipe "* ]] && ((${#names[@]} == 0)); then rm -f "$CLUSTER_ID_FILE"; fi
exit "$rc"
