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

# A new random cluster id. One starting with '-' would be read as an option (one in 64);
# Kafka's own random-uuid never makes one, for the same reason.
new_cluster_id() {
  local id=-
  while [[ "$id" == -* ]]; do id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | cut -c1-22)"; done
  echo "$id"
}

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

# Downloads the Kafka jars from Maven Central into $KAFKA_LIBS unless they are there.
ensure_kafka_jars() {
  if [[ -f "$KAFKA_LIBS/kafka_$KAFKA_SCALA-$KAFKA_VERSION.jar" ]]; then
    say "jars cached in ${KAFKA_LIBS#"$ROOT"/} ($(find "$KAFKA_LIBS" -name '*.jar' | wc -l) jars)"
  else
    command -v mvn >/dev/null 2>&1 || die "mvn not found; needed once to download the Kafka jars"
    local t tmp
    t=$EPOCHREALTIME
    tmp="$KAFKA_LIBS.tmp.$$"
    rm -rf "$tmp"
    mkdir -p "$(dirname "$KAFKA_LIBS")"
    if ! mvn -B -q -f "$KAFKA_POM" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$tmp" >"$KAFKA_RUN_DIR/mvn.log" 2>&1; then
      tail -n 30 "$KAFKA_RUN_DIR/mvn.log" >&2
      rm -rf "$tmp"
      die "downloading the Kafka jars with Maven failed (full log: $KAFKA_RUN_DIR/mvn.log)"
    fi
    [[ -f "$tmp/kafka_$KAFKA_SCALA-$KAFKA_VERSION.jar" ]] || die "Maven did not produce kafka_$KAFKA_SCALA-$KAFKA_VERSION.jar"
    rm -rf "$KAFKA_LIBS"
    mv "$tmp" "$KAFKA_LIBS" # atomic: a half-finished download never looks cached
    rm -f "$KAFKA_RUN_DIR/mvn.log"
    say "downloaded Kafka $KAFKA_VERSION jars ($(du -sh "$KAFKA_LIBS" | cut -f1)) in $(since "$t")s"
  fi
}
