# shellcheck shell=bash
# shellcheck disable=SC2034  # variables are used by the scripts that source this file
# Shared settings for toxiproxy-start.sh / toxiproxy-stop.sh (sourced, not run).
#
#   TOXIPROXY_PORT   the control API's port on 127.0.0.1 (default 8474); each server on
#                    another port keeps its own pid file and log
#   TOXIPROXY_CACHE_DIR  where the binary, pids and logs live (default <repo>/.cache)

TOXIPROXY_VERSION=v2.5.0
TOXIPROXY_MODULE=github.com/Shopify/toxiproxy/v2
TOXIPROXY_HOST=127.0.0.1
TOXIPROXY_PORT="${TOXIPROXY_PORT:-8474}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOXIPROXY_CACHE="${TOXIPROXY_CACHE_DIR:-$ROOT/.cache}"
TOXIPROXY_BIN="$TOXIPROXY_CACHE/bin/toxiproxy-server"
TOXIPROXY_RUN_DIR="$TOXIPROXY_CACHE/run"
TOXIPROXY_PID="$TOXIPROXY_RUN_DIR/toxiproxy-$TOXIPROXY_PORT.pid"
TOXIPROXY_LOG="$TOXIPROXY_RUN_DIR/toxiproxy-$TOXIPROXY_PORT.log"

say() { echo "toxiproxy: $*" >&2; }
die() { echo "toxiproxy: ERROR: $*" >&2; exit 1; }

# True if the control API answers GET /version with 200 (bash alone: no curl needed).
api_up() {
  local status
  # shellcheck disable=SC2016  # expanded by the inner bash, from its arguments
  status="$(timeout 1 bash -c 'exec 3<>"/dev/tcp/$0/$1" &&
    printf "GET /version HTTP/1.0\r\nHost: %s\r\n\r\n" "$0" >&3 && head -n 1 <&3' \
    "$TOXIPROXY_HOST" "$TOXIPROXY_PORT" 2>/dev/null)" || return 1
  [[ "$status" == "HTTP/1."?" 200"* ]]
}

# The pid in the pid file if it still runs our binary, else empty.
server_pid() {
  local pid=""
  [[ -s "$TOXIPROXY_PID" ]] && pid="$(head -n 1 "$TOXIPROXY_PID")"
  [[ "$pid" =~ ^[0-9]+$ && -r "/proc/$pid/cmdline" ]] || return 0
  if tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$TOXIPROXY_BIN"; then echo "$pid"; fi
}
