#!/usr/bin/env bash
# Starts a local Apache Kafka 3.9.1 node (KRaft; by default one combined broker+controller,
# node.id=1) on 127.0.0.1 for integration tests, without Docker.
#
#   scripts/servers/kafka-start.sh            # progress on stderr, "KAFKA_BROKERS=..." on stdout
#   export "$(scripts/servers/kafka-start.sh)"
#
# Env: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), KAFKA_HEAP_OPTS (-Xms128m -Xmx512m),
#      KAFKA_START_TIMEOUT seconds (90), KAFKA_AUTO_CREATE_TOPICS (false),
#      KAFKA_RUN_DIR (.cache/run), KAFKA_DATA_DIR (.cache/run/kafka-data),
#      KAFKA_PROXIED_PORT + KAFKA_PROXIED_ADVERTISED_PORT (none): a second listener for
#        clients that reach the broker through a TCP proxy; it advertises the proxy's
#        port, so that those clients keep going through the proxy after bootstrapping.
# One node of a cluster (kafka-cluster-start.sh sets these): KAFKA_NODE_ID (1),
#      KAFKA_PROCESS_ROLES (broker,controller | broker | controller; a controller-only node
#      listens on KAFKA_PORT alone), KAFKA_QUORUM_VOTERS (this node), KAFKA_CLUSTER_ID
#      (random at the first format), KAFKA_REPLICATION_FACTOR (1), KAFKA_MIN_INSYNC_REPLICAS (1).
# Jars come from Maven Central once (tools/kafka/pom.xml) into .cache/kafka-3.9.1/libs.
# Data in KAFKA_DATA_DIR survives stop/start; `kafka-stop.sh --wipe` deletes it.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=kafka-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/kafka-env.sh"

START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms128m -Xmx512m}"
AUTO_CREATE="${KAFKA_AUTO_CREATE_TOPICS:-false}"
NODE_ID="${KAFKA_NODE_ID:-1}"
ROLES="${KAFKA_PROCESS_ROLES:-broker,controller}"
VOTERS="${KAFKA_QUORUM_VOTERS:-$NODE_ID@$KAFKA_HOST:$KAFKA_CONTROLLER_PORT}"
REPLICATION="${KAFKA_REPLICATION_FACTOR:-1}"
MIN_ISR="${KAFKA_MIN_INSYNC_REPLICAS:-1}"
T_ALL=$EPOCHREALTIME

case "$ROLES" in
  broker,controller | controller,broker)
    LISTENERS="PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,CONTROLLER://$KAFKA_HOST:$KAFKA_CONTROLLER_PORT" ;;
  broker) LISTENERS="PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT" ;;
  controller) LISTENERS="CONTROLLER://$KAFKA_HOST:$KAFKA_PORT" ;;
  *) die "KAFKA_PROCESS_ROLES must be broker,controller or broker or controller, not '$ROLES'" ;;
esac
# A controller-only node has no client listener to advertise, nor to ask for topics.
if [[ "$ROLES" == controller ]]; then ADVERTISED=""; else ADVERTISED="advertised.listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT"; fi

print_brokers() { echo "KAFKA_BROKERS=$KAFKA_HOST:$KAFKA_PORT"; }

# Readiness: a kafkajs admin client can list topics (scripts/servers/wait-kafka.js).
# Falls back to the log line + open port when node/kafkajs are not installed yet.
# $1 timeout seconds, $2 pid to watch (0 = none), $3 log offset (bytes) to search from.
wait_ready() {
  local timeout="$1" pid="$2" offset="${3:-0}" rc=0
  if [[ -n "$ADVERTISED" ]] && command -v node >/dev/null 2>&1; then
    node "$ROOT/scripts/servers/wait-kafka.js" --quiet --brokers "$KAFKA_HOST:$KAFKA_PORT" \
      --timeout "$timeout" --pid "$pid" || rc=$?
    [[ $rc -ne 3 ]] && return $rc
    say "kafkajs not installed; falling back to log-line readiness check"
  fi
  local deadline=$((SECONDS + timeout))
  while ((SECONDS < deadline)); do
    if [[ "$pid" != 0 ]] && ! kill -0 "$pid" 2>/dev/null; then return 2; fi
    if tail -c +"$((offset + 1))" "$KAFKA_LOG" 2>/dev/null | grep -q 'Kafka Server started' &&
      port_open "$KAFKA_PORT"; then
      return 0
    fi
    sleep 0.25
  done
  return 1
}

mkdir -p "$KAFKA_RUN_DIR"

# ---------------------------------------------------------------- already running?
pid="$(broker_pid)"
if [[ -n "$pid" ]]; then
  if wait_ready "$START_TIMEOUT" "$pid" 0; then
    say "already running (pid $pid) on $KAFKA_HOST:$KAFKA_PORT"
    print_brokers
    exit 0
  fi
  die "broker pid $pid is running but not answering on $KAFKA_HOST:$KAFKA_PORT (see $KAFKA_LOG); run kafka-stop.sh"
fi
rm -f "$KAFKA_PID_FILE"
if port_open "$KAFKA_PORT"; then
  if wait_ready 5 0 0; then
    say "a broker already answers on $KAFKA_HOST:$KAFKA_PORT (not started by this script); using it"
    print_brokers
    exit 0
  fi
  die "port $KAFKA_HOST:$KAFKA_PORT is in use by something that is not a Kafka broker"
fi
[[ "$LISTENERS" == *",CONTROLLER://"* ]] && port_open "$KAFKA_CONTROLLER_PORT" && die "controller port $KAFKA_HOST:$KAFKA_CONTROLLER_PORT is already in use (set KAFKA_CONTROLLER_PORT)"

command -v java >/dev/null 2>&1 || die "java not found (Java 11+ required)"

# ---------------------------------------------------------------- jars (once)
ensure_kafka_jars

# ---------------------------------------------------------------- proxied listener
protocols="CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"
if [[ -n "${KAFKA_PROXIED_PORT:-}" ]]; then
  [[ -n "${KAFKA_PROXIED_ADVERTISED_PORT:-}" ]] || die "KAFKA_PROXIED_PORT needs KAFKA_PROXIED_ADVERTISED_PORT (the proxy's port)"
  [[ -n "$ADVERTISED" ]] || die "a controller-only node has no client listener to put behind a proxy"
  LISTENERS+=",PROXIED://$KAFKA_HOST:$KAFKA_PROXIED_PORT"
  ADVERTISED+=",PROXIED://$KAFKA_HOST:$KAFKA_PROXIED_ADVERTISED_PORT"
  protocols+=",PROXIED:PLAINTEXT"
fi

# ---------------------------------------------------------------- server.properties
cat >"$KAFKA_PROPS" <<EOF
# Generated by scripts/servers/kafka-start.sh -- edits are overwritten on every start.
process.roles=$ROLES
node.id=$NODE_ID
controller.quorum.voters=$VOTERS
listeners=$LISTENERS
$ADVERTISED
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=$protocols
log.dirs=$KAFKA_DATA_DIR

# Every topic, the internal ones too, with this replication factor / min ISR (1 on a single node).
num.partitions=1
default.replication.factor=$REPLICATION
min.insync.replicas=$MIN_ISR
offsets.topic.replication.factor=$REPLICATION
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=$REPLICATION
transaction.state.log.min.isr=$MIN_ISR
transaction.state.log.num.partitions=10
# Only an in-sync replica may lead: an acknowledged write is never given up for availability.
unclean.leader.election.enable=false

# Tests create their topics explicitly (override with KAFKA_AUTO_CREATE_TOPICS=true).
auto.create.topics.enable=$AUTO_CREATE
delete.topic.enable=true

# Fast group joins on a test broker.
group.initial.rebalance.delay.ms=0

# After a kill -9 the controller keeps the dead broker's registration until its session
# expires (default 9 s), which delays the restart; shorter session = faster recovery.
broker.session.timeout.ms=3000
broker.heartbeat.interval.ms=500

# Keep the footprint small.
num.network.threads=3
num.io.threads=4
num.recovery.threads.per.data.dir=2
log.cleaner.dedupe.buffer.size=33554432
log.retention.check.interval.ms=300000
EOF

# ---------------------------------------------------------------- storage (once)
JAVA_LOG_OPTS=(-Dlog4j.configuration="file:$KAFKA_LOG4J")
if [[ ! -f "$KAFKA_DATA_DIR/meta.properties" ]]; then
  t=$EPOCHREALTIME
  mkdir -p "$KAFKA_DATA_DIR"
  cluster_id="${KAFKA_CLUSTER_ID:-$(new_cluster_id)}"
  if ! out="$(java "${JAVA_LOG_OPTS[@]}" -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format \
    -t "$cluster_id" -c "$KAFKA_PROPS" 2>&1)"; then
    echo "$out" >&2
    die "formatting $KAFKA_DATA_DIR failed"
  fi
  say "formatted storage ${KAFKA_DATA_DIR#"$ROOT"/} (cluster id $cluster_id) in $(since "$t")s"
else
  say "storage already formatted (${KAFKA_DATA_DIR#"$ROOT"/}), keeping data"
fi

# ---------------------------------------------------------------- start + wait
t=$EPOCHREALTIME
# Keep the log from growing without bound across many restarts.
if [[ -f "$KAFKA_LOG" && $(stat -c %s "$KAFKA_LOG") -gt 10485760 ]]; then mv -f "$KAFKA_LOG" "$KAFKA_LOG.1"; fi
echo "===== kafka-start.sh $(date -Is) port $KAFKA_PORT =====" >>"$KAFKA_LOG"
log_offset=$(stat -c %s "$KAFKA_LOG")

# shellcheck disable=SC2086 # HEAP_OPTS is a list of JVM flags
nohup java $HEAP_OPTS \
  -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
  -XX:+ExplicitGCInvokesConcurrent -XX:MaxInlineLevel=15 -XX:MaxDirectMemorySize=256m \
  -Djava.awt.headless=true "${JAVA_LOG_OPTS[@]}" \
  -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_PROPS" \
  >>"$KAFKA_LOG" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$KAFKA_PID_FILE"

rc=0
wait_ready "$START_TIMEOUT" "$pid" "$log_offset" || rc=$?
if [[ $rc -ne 0 ]]; then
  echo "----- last lines of $KAFKA_LOG -----" >&2
  tail -n 40 "$KAFKA_LOG" >&2
  echo "-----" >&2
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$KAFKA_PID_FILE"
  if [[ $rc -eq 2 ]]; then die "broker exited during startup"; fi
  die "broker not ready after ${START_TIMEOUT}s"
fi
say "node $NODE_ID ($ROLES) pid $pid ready on $KAFKA_HOST:$KAFKA_PORT in $(since "$t")s (total $(since "$T_ALL")s, log ${KAFKA_LOG#"$ROOT"/})"
print_brokers
