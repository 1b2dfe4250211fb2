#!/usr/bin/env bash
# Starts toxiproxy, a TCP proxy that injects network faults (latency, bandwidth limits,
# cut connections, partitions), for the network fault suite. Its control API listens on
# 127.0.0.1:$TOXIPROXY_PORT; the proxies themselves are made by the tests through it.
#
#   scripts/servers/toxiproxy-start.sh   # progress on stderr, "TOXIPROXY_URL=..." on stdout
#
# The server is built once from its Go module (github.com/Shopify/toxiproxy/v2, pinned
# below) into .cache/bin/toxiproxy-server, like FerretDB: Go (>= 1.24) is needed once.
# Env: see toxiproxy-env.sh; TOXIPROXY_START_TIMEOUT seconds (20).
set -euo pipefail
# shellcheck source=toxiproxy-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/toxiproxy-env.sh"

START_TIMEOUT="${TOXIPROXY_START_TIMEOUT:-20}"
mkdir -p "$TOXIPROXY_RUN_DIR" "$(dirname "$TOXIPROXY_BIN")"

print_url() { echo "TOXIPROXY_URL=http://$TOXIPROXY_HOST:$TOXIPROXY_PORT"; }

# ---------------------------------------------------------------- binary (once)
stamp="$TOXIPROXY_VERSION-$(go env GOVERSION 2>/dev/null || echo no-go)"
if [[ -x "$TOXIPROXY_BIN" && -f "$TOXIPROXY_BIN.stamp" ]] &&
  { [[ "$(cat "$TOXIPROXY_BIN.stamp")" == "$stamp" ]] || ! command -v go >/dev/null; }; then
  say "binary cached (${TOXIPROXY_BIN#"$ROOT"/})"
else
  command -v go >/dev/null || die "go (>= 1.24) is required once to build toxiproxy"
  t=$SECONDS
  # go install names the binary after its folder (cmd/server): build into a private
  # GOBIN and move it, so that a half-finished build never looks cached.
  gobin="$TOXIPROXY_CACHE/toxiproxy-build.$$"
  rm -rf "$gobin"
  build_log="$TOXIPROXY_RUN_DIR/toxiproxy-build.log"
  if ! GOBIN="$gobin" CGO_ENABLED=0 go install -trimpath -ldflags='-s -w' \
    "$TOXIPROXY_MODULE/cmd/server@$TOXIPROXY_VERSION" >"$build_log" 2>&1; then
    tail -n 30 "$build_log" >&2
    rm -rf "$gobin"
    die "building toxiproxy $TOXIPROXY_VERSION failed (log: $build_log)"
  fi
  mv -f "$gobin/server" "$TOXIPROXY_BIN"
  rm -rf "$gobin" "$build_log"
  echo "$stamp" >"$TOXIPROXY_BIN.stamp"
  say "built toxiproxy $TOXIPROXY_VERSION in $((SECONDS - t)) s"
fi

# ---------------------------------------------------------------- start
pid="$(server_pid)"
if [[ -n "$pid" ]] && api_up; then
  say "already running (pid $pid) on $TOXIPROXY_HOST:$TOXIPROXY_PORT"
  print_url
  exit 0
fi
(exec 3<>"/dev/tcp/$TOXIPROXY_HOST/$TOXIPROXY_PORT") 2>/dev/null &&
  die "port $TOXIPROXY_HOST:$TOXIPROXY_PORT is in use by something else (set TOXIPROXY_PORT)"

echo "=== $(date -Is) toxiproxy-start.sh port $TOXIPROXY_PORT" >>"$TOXIPROXY_LOG"
setsid nohup "$TOXIPROXY_BIN" -host "$TOXIPROXY_HOST" -port "$TOXIPROXY_PORT" \
  >>"$TOXIPROXY_LOG" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$TOXIPROXY_PID"

deadline=$((SECONDS + START_TIMEOUT))
until api_up; do
  if ! kill -0 "$pid" 2>/dev/null; then
    tail -n 20 "$TOXIPROXY_LOG" >&2
    rm -f "$TOXIPROXY_PID"
    die "toxiproxy exited during startup"
  fi
  if ((SECONDS >= deadline)); then
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$TOXIPROXY_PID"
    die "toxiproxy did not answer within ${START_TIMEOUT}s"
  fi
  sleep 0.1
done
say "pid $pid ready on $TOXIPROXY_HOST:$TOXIPROXY_PORT (log ${TOXIPROXY_LOG#"$ROOT"/})"
print_url
