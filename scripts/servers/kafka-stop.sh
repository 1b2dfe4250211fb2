#!/usr/bin/env bash
# Stops the local Kafka broker started by kafka-start.sh (SIGTERM, up to 20 s, then SIGKILL).
#
#   scripts/servers/kafka-stop.sh          # stop, keep data (a restart keeps topics + messages)
#   scripts/servers/kafka-stop.sh --wipe   # stop and delete the data dir (next start re-formats)
#
# Env: KAFKA_STOP_TIMEOUT seconds (20), KAFKA_RUN_DIR, KAFKA_DATA_DIR (as for kafka-start.sh).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=kafka-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/kafka-env.sh"

WIPE=0
for arg in "$@"; do
  case "$arg" in
    --wipe) WIPE=1 ;;
    -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
    *) die "unknown argument: $arg (usage: kafka-stop.sh [--wipe])" ;;
  esac
done
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-20}"

t=$EPOCHREALTIME
pid="$(broker_pid)"
if [[ -z "$pid" ]]; then
  # No usable pid file: look for a broker started with *our* generated config file only.
  pid="$(pgrep -f -- "kafka\.Kafka $KAFKA_PROPS\$" | head -n 1 || true)"
fi

if [[ -n "$pid" ]]; then
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    say "broker pid $pid did not stop within ${STOP_TIMEOUT}s; killed (-9) after $(since "$t")s"
  else
    say "stopped broker pid $pid in $(since "$t")s"
  fi
else
  if port_open "$KAFKA_PORT"; then
    say "not running (no broker started by kafka-start.sh); something else listens on $KAFKA_HOST:$KAFKA_PORT, left alone"
  else
    say "not running"
  fi
fi
rm -f "$KAFKA_PID_FILE"

if ((WIPE)); then
  rm -rf "$KAFKA_DATA_DIR"
  say "wiped ${KAFKA_DATA_DIR#"$ROOT"/}"
fi
