#!/usr/bin/env bash
# Stops the local Kafka broker started by kafka-start.sh (SIGTERM, up to 20 s, then SIGKILL).
#
#   scripts/servers/kafka-stop.sh          # stop, keep data (a restart keeps topics + messages)
#   scripts/servers/kafka-stop.sh --wipe   # stop and delete the data dir (next start re-formats)
#   scripts/servers/kafka-stop.sh --kill   # kill -9 at once, as a crash would (data kept)
#
# Env: KAFKA_STOP_TIMEOUT seconds (20), KAFKA_RUN_DIR, KAFKA_DATA_DIR (as for kafka-start.sh).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=kafka-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/kafka-env.sh"

WIPE=0
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-20}"
for arg in "$@"; do
  case "$arg" in
    --wipe) WIPE=1 ;;
    --kill) STOP_TIMEOUT=0 ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) die "unknown argument: $arg (usage: kafka-stop.sh [--wipe] [--kill])" ;;
  esac
done

t=$EPOCHREALTIME
pid="$(broker_pid)"
if [[ -z "$pid" ]]; then
  # No usable pid file: look for a broker started with *our* generated config file only.
  pid="$(pgrep -f -- "kafka\.Kafka $KAFKA_PROPS\$" | head -n 1 || true)"
fi

if [[ -n "$pid" ]]; then
  if ((STOP_TIMEOUT > 0)); then kill -TERM "$pid" 2>/dev/null || true; fi
  deadline=$((SECONDS + STOP_TIMEOUT))
  # is_broker_pid, not kill -0: a killed broker may linger as a zombie until init reaps it.
  while is_broker_pid "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
  if is_broker_pid "$pid"; then
    kill -KILL "$pid" 2>/dev/null || true
    while is_broker_pid "$pid"; do sleep 0.1; done
    say "broker pid $pid killed (-9) after $(since "$t")s (stop timeout ${STOP_TIMEOUT}s)"
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
