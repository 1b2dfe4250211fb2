# Shared settings for kafka-start.sh / kafka-stop.sh (sourced, not executed).
# shellcheck shell=bash disable=SC2034  # variables are used by the sourcing scripts

KAFKA_VERSION=3.9.1
KAFKA_SCALA=2.13
KAFKA_HOST=127.0.0.1
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE_DIR="$ROOT/.cache"
KAFKA_LIBS="$CACHE_DIR/kafka-$KAFKA_VERSION/libs"
KAFKA_RUN_DIR="${KAFKA_RUN_DIR:-$CACHE_DIR/run}"
# The default broker (port 9092) uses kafka-data, kafka.pid, kafka.log; a broker on another
# KAFKA_PORT gets its own files (kafka-data-<port>, kafka-<port>.pid, ...) so both can coexist.
if [[ "$KAFKA_PORT" == 9092 ]]; then _kafka_sfx=""; else _kafka_sfx="-$KAFKA_PORT"; fi
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$KAFKA_RUN_DIR/kafka-data$_kafka_sfx}"
KAFKA_PROPS="$KAFKA_RUN_DIR/kafka-server$_kafka_sfx.properties"
KAFKA_PID_FILE="$KAFKA_RUN_DIR/kafka$_kafka_sfx.pid"
KAFKA_LOG="$KAFKA_RUN_DIR/kafka$_kafka_sfx.log"
KAFKA_LOG4J="${KAFKA_LOG4J:-$ROOT/tools/kafka/log4j.properties}"
KAFKA_POM="$ROOT/tools/kafka/pom.xml"

say() { echo "kafka: $*" >&2; }
die() { echo "kafka: ERROR: $*" >&2; exit 1; }

# Seconds (one decimal) since a start value taken from $EPOCHREALTIME.
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

# True if something accepts TCP connections on $KAFKA_HOST:$1.
port_open() { (exec 3<>"/dev/tcp/$KAFKA_HOST/$1") 2>/dev/null; }

# True if $1 is a live process running our broker (kafka.Kafka).
is_broker_pid() {
  local pid="$1"
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'kafka\.Kafka '
}

# Pid from the pid file if it is still our broker, else empty.
broker_pid() {
  local pid=""
  [[ -f "$KAFKA_PID_FILE" ]] && pid="$(cat "$KAFKA_PID_FILE" 2>/dev/null || true)"
  if is_broker_pid "$pid"; then echo "$pid"; fi
}
